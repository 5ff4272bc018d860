package uz.shaffof.gate;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import uz.shaffof.output.OutputFile;
import uz.shaffof.problem.Problem;

/**
 * Every {@code <script src>} and {@code <link rel="stylesheet">} that loads a file of the site carries
 * {@code integrity="sha384-…"} equal to the SHA-384 of that file's bytes, so a tampered or half-uploaded file is
 * refused by the browser instead of run. Each file is hashed once however many pages load it. Off-site and
 * missing files are left to {@link ThirdPartyGate} and {@link LinkGate}.
 */
public final class IntegrityGate implements PageGate {
    private static final String ALGORITHM_PREFIX = "sha384-";

    @Override
    public String name() {
        return "integrity";
    }

    /** Each loaded file is hashed once for the whole run, by whichever page's thread needs it first. */
    @Override
    public PageCheck start(SiteSnapshot site) {
        Map<String, String> hashes = new ConcurrentHashMap<>();
        return (path, doc) -> {
            List<Problem> problems = new ArrayList<>(0);
            for (Element e : doc.select("script[src], link[href]")) {
                boolean script = e.nameIs("script");
                if (!script && !RelTokens.of(e).contains("stylesheet")) continue;
                String url = script ? e.attr("src") : e.attr("href");
                UrlTarget target = site.urls().resolve(path, url);
                if (!target.isSiteFile()) continue;
                OutputFile file = site.file(target.path()).orElse(null);
                if (file == null) continue;
                String expected = hashes.computeIfAbsent(file.path(), p -> ALGORITHM_PREFIX + sha384(file.bytes()));
                String tag = script ? "<script src=\"" + url + "\">" : "<link rel=\"stylesheet\" href=\"" + url + "\">";
                String why = whyWrong(e.attr("integrity"), expected, file.path());
                if (why != null) problems.add(PagePos.error(path, e, tag + " " + why));
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
