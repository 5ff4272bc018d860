package uz.shaffof.bench;

/** A mistake in what the bench was asked to do (a missing corpus, a directory that is not empty): a usage error. */
final class BenchException extends RuntimeException {
    BenchException(String message) {
        super(message);
    }
}
