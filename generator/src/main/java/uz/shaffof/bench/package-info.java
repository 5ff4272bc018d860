/**
 * The {@code bench} subcommand: writes synthetic projects in the project's own content format (the shared corpus's
 * pages as reports on top of a copy of a real project; a national-scale data case) and builds them with
 * {@code build}'s own code, printing its summary and stage table. There is no other pipeline: what a benchmark
 * times is {@code shaffof build}.
 */
package uz.shaffof.bench;
