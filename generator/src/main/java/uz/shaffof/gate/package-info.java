/**
 * Pre-publication gates: checks over the finished site that must all pass before it is published. Each
 * {@link uz.shaffof.gate.Gate} looks at a {@link uz.shaffof.gate.SiteSnapshot} (every output file, HTML parsed
 * once) and returns located problems; {@link uz.shaffof.gate.Gates#standard()} runs them all. The HTML-validity
 * gate, whose verdict on a page depends on that page alone, can keep its verdicts between builds in a
 * {@link uz.shaffof.gate.VerdictCache}.
 */
package uz.shaffof.gate;
