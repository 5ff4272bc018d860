/**
 * The project's own files as the generator reads them ({@code content/}, {@code templates/}): listed and read
 * without ever leaving the project, so that nothing else on the build machine can reach the published site.
 * {@link uz.shaffof.project.ProjectFiles} is the one place that opens them.
 */
package uz.shaffof.project;
