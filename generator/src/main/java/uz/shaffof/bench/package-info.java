/**
 * The {@code bench} subcommand: builds a synthetic corpus (or a generated national-scale data site) through the
 * real pipeline stages and reports pages per second, wall time, peak RSS and the time of each stage.
 */
package uz.shaffof.bench;
