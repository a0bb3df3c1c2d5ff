package vn.kehoachxa.domain;

import java.util.List;

/**
 * An error the user can cause and fix: its message is Vietnamese and says where the problem is.
 * Programming errors are never wrapped in it.
 */
public class DomainException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    /** One problem, one message. */
    public DomainException(String message) {
        this(message, List.of(message), null);
    }

    /** One problem with the low-level cause kept for the log. */
    public DomainException(String message, Throwable cause) {
        this(message, List.of(message), cause);
    }

    /** A headline and the list of every problem found, so the user can fix them all at once. */
    public DomainException(String headline, List<String> problems, Throwable cause) {
        super(headline, cause);
        this.problems = List.copyOf(problems);
    }

    /** Every problem found, each one a full Vietnamese sentence. */
    public List<String> problems() {
        return problems;
    }
}
