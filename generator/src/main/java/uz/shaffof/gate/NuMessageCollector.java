package uz.shaffof.gate;

import java.util.ArrayList;
import java.util.List;
import nu.validator.messages.MessageEmitter;
import nu.validator.messages.MessageTextHandler;
import nu.validator.messages.types.MessageType;

/**
 * Receives vnu's messages for one page and keeps them as {@link NuMessage}s. vnu's adapter has already dropped
 * warnings and info (errors-only mode), so everything that arrives here is an error of some kind: a document
 * error, a fatal parse error, or a failure to check.
 */
final class NuMessageCollector extends MessageEmitter {
    private final List<NuMessage> messages = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int line;
    private int column;

    private final MessageTextHandler textHandler = new MessageTextHandler() {
        @Override
        public void characters(char[] ch, int start, int length) {
            text.append(ch, start, length);
        }

        @Override
        public void startCode() {
            text.append('\u201C'); // vnu quotes names and values as “this”
        }

        @Override
        public void endCode() {
            text.append('\u201D');
        }

        @Override
        public void startLink(String href, String title) {}

        @Override
        public void endLink() {}
    };

    List<NuMessage> messages() {
        return List.copyOf(messages);
    }

    @Override
    public void startMessage(MessageType type, String systemId, int firstLine, int firstColumn, int lastLine,
            int lastColumn, boolean exact) {
        // The "last" position is the one vnu's locator gave; its idea of the first one is not always reliable.
        line = lastLine;
        column = lastColumn;
        text.setLength(0);
    }

    @Override
    public MessageTextHandler startText() {
        return textHandler;
    }

    @Override
    public void endMessage() {
        messages.add(new NuMessage(line, column, text.toString()));
    }
}
