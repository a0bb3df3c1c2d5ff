package vn.kehoachxa.domain.collect;

import vn.kehoachxa.domain.DomainException;

/** The shared server could not be used: the Vietnamese message names the server and what to do. */
public final class ServerConnectionException extends DomainException {
    private static final long serialVersionUID = 1L;
    private final ServerProblem problem;

    public ServerConnectionException(ServerProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    /** What went wrong. */
    public ServerProblem problem() {
        return problem;
    }
}
