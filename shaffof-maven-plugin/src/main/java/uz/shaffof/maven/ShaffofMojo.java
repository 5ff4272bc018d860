package uz.shaffof.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * What every goal shares: where the site's parts are (the options of {@code shaffof build}, with the same
 * defaults: everything under {@code root}, which is the project's directory) and {@code skip}.
 */
abstract class ShaffofMojo extends AbstractMojo {
    /** The site's root: {@code content/}, {@code templates/}, {@code site/} and {@code .shaffof-cache/} are under it
     *  unless given below, and paths in messages are relative to it. */
    @Parameter(property = "shaffof.root", defaultValue = "${project.basedir}", required = true)
    File root;

    /** The content directory (default: {@code ROOT/content}). */
    @Parameter(property = "shaffof.content")
    File content;

    /** The template directory (default: {@code ROOT/templates}). */
    @Parameter(property = "shaffof.templates")
    File templates;

    /** The output directory (default: {@code ROOT/site}); replaced only by a build whose every gate passed. */
    @Parameter(property = "shaffof.out")
    File out;

    /** The public base URL of the site (default: {@code baseUrl} in {@code content/site.json}). */
    @Parameter(property = "shaffof.baseUrl")
    String baseUrl;

    /**
     * Where readers report an error or send data, linked from every page ({@code --feedback-url}; default:
     * {@code feedback} in {@code content/site.json}, if any): an http(s):// or mailto: address, such as the
     * repository's {@code .../issues/new}.
     */
    @Parameter(property = "shaffof.feedbackUrl")
    String feedbackUrl;

    /** The cache of rendered charts and pages (default: {@code ROOT/.shaffof-cache}); safe to delete at any time. */
    @Parameter(property = "shaffof.cache")
    File cache;

    /** Skip this goal. */
    @Parameter(property = "shaffof.skip", defaultValue = "false")
    boolean skip;

    /** The subcommand: {@code build}, {@code check}, {@code serve}, {@code import}, {@code new} or {@code templates}. */
    abstract String command();

    /**
     * Whether the command builds the site, and so takes the templates, base URL and cache ({@code import} and
     * {@code new} only write content files).
     */
    boolean buildsSite() {
        return true;
    }

    /** Whether the command takes {@code --content} ({@code templates} does not: it reads no content). */
    boolean readsContent() {
        return true;
    }

    /** Whether the command takes {@code --templates}: those that build, and {@code templates}. */
    boolean readsTemplates() {
        return buildsSite();
    }

    /** Whether the command writes {@code out} ({@code serve} builds in memory and does not take the option). */
    boolean writesOutput() {
        return true;
    }

    /** The subcommand's own options, after the shared ones. */
    List<String> commandOptions() {
        return List.of();
    }

    /** The subcommand's positional arguments, last, after {@code --} (so that none is read as an option). */
    List<String> commandArguments() {
        return List.of();
    }

    /** The command line this goal runs, without the program name: {@code build --root DIR ...}. */
    final List<String> arguments() {
        List<String> args = new ArrayList<>();
        args.add(command());
        args.add("--root");
        args.add(root.getAbsolutePath());
        if (readsContent()) option(args, "--content", content);
        if (readsTemplates()) option(args, "--templates", templates);
        if (buildsSite()) {
            if (writesOutput()) option(args, "--out", out);
            if (baseUrl != null && !baseUrl.isBlank()) {
                args.add("--base-url");
                args.add(baseUrl);
            }
            if (feedbackUrl != null && !feedbackUrl.isBlank()) {
                args.add("--feedback-url");
                args.add(feedbackUrl);
            }
            option(args, "--cache", cache);
        }
        args.addAll(commandOptions());
        if (!commandArguments().isEmpty()) {
            args.add("--");
            args.addAll(commandArguments());
        }
        return List.copyOf(args);
    }

    static void option(List<String> args, String name, File value) {
        if (value == null) return;
        args.add(name);
        args.add(value.getAbsolutePath());
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("shaffof " + command() + " skipped (shaffof.skip)");
            return;
        }
        CommandLineRun.run(arguments(), getLog(), !endsByItself()).throwIfFailed("shaffof " + command());
    }

    /** False for a command that runs until it is stopped, whose errors must be seen while it runs. */
    boolean endsByItself() {
        return true;
    }
}
