package org.seminardesk.material;

/**
 * Who is looking: the public (no registration), or a participant with where they stand.
 *
 * @param attended whether the attendance rule counts them as attended (false when nothing is known)
 */
public record Viewer(boolean registered, boolean confirmed, boolean attended) implements java.io.Serializable {

    public static final Viewer PUBLIC = new Viewer(false, false, false);
}
