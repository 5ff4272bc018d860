package uz.shaffof.gate;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;
import uz.shaffof.problem.SourcePos;

/**
 * Every {@code <script src>} and {@code <link rel="stylesheet">} that loads a file of the site carries
 * {@code integrity="sha384-…"} equal to the SHA-384 of that file's bytes, so a tampered or half-uploaded file is
 * refused by the browser instead of run. Each file is hashed once however many pages load it. Off-site and
 * missing files are left to {@link ThirdPartyGate} and {@link LinkGate}.
 *
 * <p>A page's facts are its references (what it loads and the integrity it pins), never a verdict: the file a
 * page loads may change while the page does not, so each reference is judged against the file's bytes on every run.
 */
public final class IntegrityGate implements PageGate<IntegrityGate.References> {
    private static final String ALGORITHM_PREFIX = "sha384-";

    /**
     * One script or style sheet a page loads: the URL as written, its {@code integrity} value ("" for none), and
     * where its tag starts (as {@link PagePos#of} places it).
     */
    record Reference(boolean script, String url, String integrity, int line, int column) {}

    /** The scripts and style sheets one page loads, in document order. */
    record References(List<Reference> references) implements PageFacts {
        static final References NONE = new References(List.of());

        References {
            references = List.copyOf(references);
        }

        @Override
        public void write(DataOutputStream out) throws IOException {
            out.writeInt(references.size());
            for (Reference r : references) {
                out.writeBoolean(r.script());
                FactsCodec.writeString(out, r.url());
                FactsCodec.writeString(out, r.integrity());
                out.writeInt(r.line());
                out.writeInt(r.column());
            }
        }

        static References read(DataInputStream in) throws IOException {
            int count = FactsCodec.readCount(in, 17);
            if (count == 0) return NONE;
            List<Reference> references = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                boolean script = in.readBoolean();
                String url = FactsCodec.readString(in);
                String integrity = FactsCodec.readString(in);
                references.add(new Reference(script, url, integrity, FactsCodec.readPosition(in),
                        FactsCodec.readPosition(in)));
            }
            return new References(references);
        }
    }

    @Override
    public String name() {
        return "integrity";
    }

    @Override
    public References read(String path, Document doc, SiteUrls urls) {
        List<Reference> references = new ArrayList<>(0);
        for (Element e : doc.select("script[src], link[href]")) {
            boolean script = e.nameIs("script");
            if (!script && !RelTokens.of(e).contains("stylesheet")) continue;
            SourcePos pos = PagePos.of(path, e);
            references.add(new Reference(script, script ? e.attr("src") : e.attr("href"), e.attr("integrity"),
                    pos.line(), pos.column()));
        }
        return references.isEmpty() ? References.NONE : new References(references);
    }

    @Override
    public References decode(DataInputStream in) throws IOException {
        return References.read(in);
    }

    /** Each loaded file is hashed once for the whole run, by whichever page's thread needs it first. */
    @Override
    public PageCheck<References> start(SiteSnapshot site) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        return (path, facts) -> {
            List<Problem> problems = new ArrayList<>(0);
            for (Reference r : facts.references()) {
                UrlTarget target = site.urls().resolve(path, r.url());
                if (!target.isSiteFile()) continue;
                OutputFile file = site.file(target.path()).orElse(null);
                if (file == null) continue;
                String expected = hashes.computeIfAbsent(file.path(), p -> ALGORITHM_PREFIX + sha384(file.bytes()));
                String tag = r.script() ? "<script src=\"" + r.url() + "\">"
                        : "<link rel=\"stylesheet\" href=\"" + r.url() + "\">";
                String why = whyWrong(r.integrity(), expected, file.path());
                if (why == null) continue;
                problems.add(Problem.error(SourcePos.of(SiteSnapshot.reportPath(path), r.line(), r.column()),
                        tag + " " + why));
            }
            return problems;
        };
    }

    /** Null when the integrity attribute pins exactly this file's SHA-384, else what is wrong with it. */
    private static String whyWrong(String integrity, String expected, String path) {
        String fix = "; expected integrity=\"" + expected + "\"";
        String value = integrity.strip();
        if (value.isEmpty()) return "has no integrity" + fix;
        boolean matches = false;
        for (String token : value.split("\\s+")) {
            if (!token.toLowerCase(Locale.ROOT).startsWith(ALGORITHM_PREFIX)) {
                // A browser checks only the strongest algorithm listed, so any other one would go unverified here.
                return "integrity must use sha384 only, not \"" + token + "\"" + fix;
            }
            int options = token.indexOf('?');
            String hash = token.substring(ALGORITHM_PREFIX.length(), options < 0 ? token.length() : options);
            matches |= expected.equals(ALGORITHM_PREFIX + hash);
        }
        return matches ? null : "integrity does not match " + path + fix;
    }

    static String sha384(byte[] bytes) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-384").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must support SHA-384", e);
        }
    }
}
