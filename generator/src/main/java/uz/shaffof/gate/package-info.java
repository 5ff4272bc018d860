/**
 * Pre-publication gates: checks over the finished site that must all pass before it is published. Each
 * {@link uz.shaffof.gate.Gate} looks at a {@link uz.shaffof.gate.SiteSnapshot} (every output file by path; it keeps
 * no parsed page) and returns located problems; {@link uz.shaffof.gate.Gates#standard()} runs them all. The
 * {@link uz.shaffof.gate.PageGate}s read each page from one shared parse into compact facts, which they can keep
 * between builds in a {@link uz.shaffof.gate.PageFactsCache}, and judge the site from those facts on every run. The
 * HTML-validity gate, whose verdict on a page depends on that page alone, can keep its verdicts between builds in a
 * {@link uz.shaffof.gate.VerdictCache}.
 */
package uz.shaffof.gate;
