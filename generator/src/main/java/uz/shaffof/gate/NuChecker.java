package uz.shaffof.gate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * One in-process, offline instance of the Nu Html Checker (vnu), set up once and reused for many pages by one
 * thread at a time: building it reads the HTML schema (about half a second), checking a page takes a
 * millisecond or a few. It reports what {@code vnu --errors-only} reports, through vnu's own message adapter, so
 * that warnings and info stay out exactly as they do on the command line.
 *
 * <p>Offline by construction: the schema comes from the copies inside the vnu jar (its local entity cache, which
 * resolves nothing else), and HTML checking fetches no subresources.
 */
final class NuChecker {
    /** What {@code vnu} checks HTML against by default: HTML with SVG, MathML, ITS and RDFa Lite. */
    private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    /** Set for the length of one check; the validator keeps the handler it was built with. */
    private final Forwarder forwarder = new Forwarder();

    NuChecker() {
        // vnu logs debug traces through the log4j 1.2 API (reload4j); log4j.properties in the jar turns it off.
        // No log4j set-up (it would reconfigure log4j for the whole process), no URL logging, no language
        // detection (it only gives warnings). Note that vnu records these choices in system properties.
        validator = new SimpleDocumentValidator(false, false, false);
        try {
            validator.setUpMainSchema(SCHEMA, new FailOnSchemaError());
            validator.setUpValidatorAndParsers(forwarder, true, false);
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the Nu Html Checker: " + e.getMessage(), e);
        }
    }

    /** The errors vnu finds in one UTF-8 HTML page, in the order it reports them. */
    List<NuMessage> check(byte[] html, String systemId) throws IOException, SAXException {
        NuMessageCollector collector = new NuMessageCollector();
        MessageEmitterAdapter adapter =
                new MessageEmitterAdapter(null, validator.getSourceCode(), false, null, 0, false, collector);
        adapter.setErrorsOnly(true);
        adapter.setHtml(true); // says "element" rather than "XHTML element", as vnu does for text/html
        forwarder.target = adapter;
        try {
            InputSource in = new InputSource(new ByteArrayInputStream(html));
            in.setSystemId(systemId);
            validator.checkHtmlInputSource(in);
        } finally {
            forwarder.target = null;
        }
        return collector.messages();
    }

    /** Passes each report to the adapter of the page being checked. */
    private static final class Forwarder implements ErrorHandler {
        private ErrorHandler target;

        @Override
        public void warning(SAXParseException e) throws SAXException {
            target.warning(e);
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            target.error(e);
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            target.fatalError(e);
        }
    }

    /** The bundled schema is ours to trust: any problem reading it is a broken installation. */
    private static final class FailOnSchemaError implements ErrorHandler {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    }
}
