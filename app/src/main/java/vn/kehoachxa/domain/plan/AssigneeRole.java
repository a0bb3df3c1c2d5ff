package vn.kehoachxa.domain.plan;

/** Vai trò: lead (cơ quan chủ trì) or cooperating (cơ quan phối hợp). */
public enum AssigneeRole {
    LEAD, COOPERATING
}
