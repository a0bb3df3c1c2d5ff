package vn.kehoachxa.service.collect;

/** How far an import is: {@code done} of {@code total} sources, working on {@code current}. */
public record ImportProgress(int done, int total, String current) {
}
