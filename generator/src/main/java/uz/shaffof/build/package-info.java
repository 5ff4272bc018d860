/** The build: the one place that knows the order of the stages, from content/ to a published site. */
package uz.shaffof.build;
