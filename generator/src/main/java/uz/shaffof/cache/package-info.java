/**
 * Content-addressed entries kept on disk between builds ({@link uz.shaffof.cache.CacheEntries}): the rendered
 * pages' cache and the gates' verdict cache both store through it. Depends on nothing of the generator but the
 * project's safe file reading.
 */
package uz.shaffof.cache;
