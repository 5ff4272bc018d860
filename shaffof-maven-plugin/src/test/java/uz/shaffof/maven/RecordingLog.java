package uz.shaffof.maven;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;

/** Maven's console log that also keeps every line, with its level, for the tests to read. */
final class RecordingLog extends SystemStreamLog {
    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    public void info(CharSequence content) {
        lines.add("[INFO] " + content);
        super.info(content);
    }

    @Override
    public void warn(CharSequence content) {
        lines.add("[WARNING] " + content);
        super.warn(content);
    }

    @Override
    public void error(CharSequence content) {
        lines.add("[ERROR] " + content);
        super.error(content);
    }
}
