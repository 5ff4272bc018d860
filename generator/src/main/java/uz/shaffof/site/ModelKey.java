package uz.shaffof.site;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A canonical serialisation of a template's model, fed straight into a digest: two models get the same bytes
 * exactly when a template can see no difference between them. It writes every value with its type, every string
 * with its length, lists in order, and every record with its class name, a fingerprint of its class file (record
 * methods such as {@link PageContext#link} are code a template calls) and each component by name. Records and maps
 * are written as the SHA-256 of their own canonical form (a hash tree), so that one shared by many pages (a chart's
 * view with its SVG, the interface strings of an edition) is hashed once per build ({@link Memo}).
 *
 * <p>A map or set that has an order ({@link SortedMap}, {@link LinkedHashMap} and their kin) is written in that
 * order; one without ({@code Map.copyOf}, {@code HashMap}) is written sorted by the canonical bytes of its keys,
 * because its iteration order changes from one JVM to the next (and a template that depended on it would not be
 * deterministic anyway). Nothing else is written: no identity hash, no {@code toString()} of an unknown object.
 * A value of any other type makes the model {@link NotCanonical}, and the page is then simply rendered.
 */
final class ModelKey {
    private static final int MAX_DEPTH = 64;

    /** The model holds a value this class cannot write exactly: the page must be rendered, not looked up. */
    static final class NotCanonical extends Exception {
        NotCanonical(String message) {
            super(message, null, false, false);
        }
    }

    /** What a record is made of, worked out once per class. */
    private record RecordShape(String name, String classFingerprint, List<String> names, List<Method> accessors) {}

    /** A class's fingerprint ({@link #classFingerprint}), or why there is none. */
    private static final ClassValue<Object> FINGERPRINTS = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                return classFingerprint(type);
            } catch (NotCanonical e) {
                return e;
            }
        }
    };

    private static final ClassValue<Object> SHAPES = new ClassValue<>() {
        @Override
        protected Object computeValue(Class<?> type) {
            try {
                List<String> names = new ArrayList<>();
                List<Method> accessors = new ArrayList<>();
                for (RecordComponent rc : type.getRecordComponents()) {
                    Method m = rc.getAccessor();
                    if (!m.trySetAccessible()) return new NotCanonical("inaccessible record " + type.getName());
                    names.add(rc.getName());
                    accessors.add(m);
                }
                return new RecordShape(type.getName(), classFingerprint(type), List.copyOf(names), List.copyOf(accessors));
            } catch (NotCanonical e) {
                return e;
            }
        }
    };

    /** Where the bytes go: a digest, or a buffer (to sort the entries of an unordered map or set). */
    private interface Sink {
        void write(byte[] b);
    }

    /**
     * The digests of records and immutable maps already written in one build, by identity: a chart's view (with its
     * SVG) is shown by four pages, and every page of an edition shares one map of interface strings. A value's
     * digest depends only on its content, so the memo changes the speed, never the bytes. Kept for one build only
     * (the values are immutable while a build runs; a later build makes new ones).
     */
    static final class Memo {
        /**
         * A value, by identity, held weakly: a page's model is written once for its key and then dropped, and a memo
         * holding it would keep every page's model (its rendered text included) to the end of the build. Entries of
         * values that are gone are removed as new ones are put.
         */
        private static final class Identity extends WeakReference<Object> {
            private final int hash;

            Identity(Object value, ReferenceQueue<Object> queue) {
                super(value, queue);
                this.hash = System.identityHashCode(value); // for the lookup only; it never reaches a key
            }

            @Override
            public boolean equals(Object o) {
                if (this == o) return true;
                Object value = get();
                return o instanceof Identity other && value != null && other.get() == value;
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }

        private final Map<Identity, byte[]> digests = new ConcurrentHashMap<>();
        private final ReferenceQueue<Object> gone = new ReferenceQueue<>();

        byte[] get(Object value) {
            return digests.get(new Identity(value, null));
        }

        void put(Object value, byte[] digest) {
            for (Reference<?> r = gone.poll(); r != null; r = gone.poll()) digests.remove(r);
            digests.putIfAbsent(new Identity(value, gone), digest);
        }
    }

    private final Sink sink;
    private final Memo memo;

    private ModelKey(Sink sink, Memo memo) {
        this.sink = sink;
        this.memo = memo;
    }

    /** Writes {@code value} canonically into {@code digest}, reusing the digests in {@code memo}. */
    static void write(MessageDigest digest, Object value, Memo memo) throws NotCanonical {
        new ModelKey(digest::update, memo).value(value, 0);
    }

    /** The canonical bytes of {@code value} (for tests). */
    static byte[] bytes(Object value) throws NotCanonical {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelKey(out::writeBytes, new Memo()).value(value, 0);
        return out.toByteArray();
    }

    private void value(Object o, int depth) throws NotCanonical {
        if (depth > MAX_DEPTH) throw new NotCanonical("model nested deeper than " + MAX_DEPTH);
        if (o == null) {
            tag('N');
        } else if (o instanceof String s) {
            tag('S');
            string(s);
        } else if (o instanceof Boolean b) {
            tag(b ? 'T' : 'F');
        } else if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte
                || o instanceof BigDecimal || o instanceof BigInteger || o instanceof Double || o instanceof Float
                || o instanceof Character || o instanceof TemporalAccessor && o.getClass().getName().startsWith("java.time.")) {
            // Immutable JDK values whose toString() is exact and depends on nothing but the value (BigDecimal keeps
            // its scale: 1.0 and 1.00 differ, as they may when printed).
            tag('V');
            string(o.getClass().getName());
            string(o.toString());
        } else if (o instanceof Enum<?> e) {
            // An enum's methods (toString, fields a template could read) are its class's code.
            Object fingerprint = FINGERPRINTS.get(e.getDeclaringClass());
            if (fingerprint instanceof NotCanonical failure) throw failure;
            tag('E');
            string(e.getDeclaringClass().getName());
            string((String) fingerprint);
            string(e.name());
        } else if (o instanceof List<?> list) {
            tag('L');
            number(list.size());
            for (Object item : list) value(item, depth + 1);
        } else if (o instanceof Map<?, ?> map) {
            tag('M');
            boolean immutable = map.getClass().getName().startsWith("java.util.ImmutableCollections$");
            nested(o, immutable, w -> w.map(map, depth));
        } else if (o instanceof Set<?> set) {
            set(set, depth);
        } else if (o instanceof Record) {
            tag('R');
            nested(o, true, w -> w.record(o, depth));
        } else {
            throw new NotCanonical("no canonical form for " + o.getClass().getName());
        }
    }

    @FunctionalInterface
    private interface Part {
        void writeTo(ModelKey w) throws NotCanonical;
    }

    /**
     * Writes a record or map as the SHA-256 of its canonical form (a hash tree), taken from the memo when the same
     * object was written before in this build.
     */
    private void nested(Object o, boolean memoize, Part part) throws NotCanonical {
        byte[] digest = memoize ? memo.get(o) : null;
        if (digest == null) {
            MessageDigest d = sha256();
            part.writeTo(new ModelKey(d::update, memo));
            digest = d.digest();
            if (memoize) memo.put(o, digest);
        }
        sink.write(digest);
    }

    private void record(Object o, int depth) throws NotCanonical {
        Object shape = SHAPES.get(o.getClass());
        if (shape instanceof NotCanonical e) throw e;
        RecordShape r = (RecordShape) shape;
        string(r.name());
        string(r.classFingerprint());
        number(r.names().size());
        for (int i = 0; i < r.names().size(); i++) {
            string(r.names().get(i));
            Object component;
            try {
                component = r.accessors().get(i).invoke(o);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new NotCanonical("cannot read " + r.name() + "." + r.names().get(i) + ": " + e);
            }
            value(component, depth + 1);
        }
    }

    private void map(Map<?, ?> map, int depth) throws NotCanonical {
        boolean ordered = map instanceof SortedMap || map instanceof LinkedHashMap;
        tag(ordered ? 'O' : 'M');
        number(map.size());
        if (ordered) {
            for (Map.Entry<?, ?> en : map.entrySet()) {
                value(en.getKey(), depth + 1);
                value(en.getValue(), depth + 1);
            }
            return;
        }
        record Entry(byte[] key, Object value) {} // a map may hold null, which Map.entry refuses
        List<Entry> entries = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> en : map.entrySet()) entries.add(new Entry(bytes(en.getKey(), depth), en.getValue()));
        entries.sort((a, b) -> Arrays.compareUnsigned(a.key(), b.key()));
        for (Entry en : entries) {
            sink.write(en.key());
            value(en.value(), depth + 1);
        }
    }

    private void set(Set<?> set, int depth) throws NotCanonical {
        boolean ordered = set instanceof SortedSet || set instanceof LinkedHashSet;
        tag(ordered ? 'Q' : 'U');
        number(set.size());
        if (ordered) {
            for (Object item : set) value(item, depth + 1);
            return;
        }
        List<byte[]> items = new ArrayList<>(set.size());
        for (Object item : (Collection<?>) set) items.add(bytes(item, depth));
        items.sort(Arrays::compareUnsigned);
        for (byte[] item : items) sink.write(item);
    }

    private byte[] bytes(Object value, int depth) throws NotCanonical {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ModelKey(out::writeBytes, memo).value(value, depth + 1);
        return out.toByteArray();
    }

    private void tag(char c) {
        sink.write(new byte[] {(byte) c});
    }

    private void number(long n) {
        byte[] b = new byte[8];
        for (int i = 7; i >= 0; i--) {
            b[i] = (byte) n;
            n >>>= 8;
        }
        sink.write(b);
    }

    private void string(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        number(b.length);
        sink.write(b);
    }

    /** The SHA-256 of a class's class file: a change to a record's code changes the key of every page using it. */
    static String classFingerprint(Class<?> type) throws NotCanonical {
        String resource = "/" + type.getName().replace('.', '/') + ".class";
        try (InputStream in = type.getResourceAsStream(resource)) {
            if (in == null) throw new NotCanonical("class file not found: " + resource);
            return HexFormat.of().formatHex(sha256().digest(in.readAllBytes()));
        } catch (IOException e) {
            throw new NotCanonical("cannot read " + resource + ": " + e.getMessage());
        }
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
