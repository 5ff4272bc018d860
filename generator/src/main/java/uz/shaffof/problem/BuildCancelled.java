package uz.shaffof.problem;

/**
 * The build stopped because whoever asked for it no longer wants its result ({@code serve}: a newer edit arrived
 * while it ran). Not a problem with the input and not a bug: the caller starts the build it wants instead.
 */
public final class BuildCancelled extends RuntimeException {
    public BuildCancelled() {
        super("build cancelled", null, false, false);
    }
}
