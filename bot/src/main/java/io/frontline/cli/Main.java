package io.frontline.cli;

import io.frontline.knowledge.KnowledgeException;
import io.frontline.scenario.ScenarioException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code frontline} on the command line. A thin shell: it takes its streams, so every command is
 * tested in-process, and usage errors have their own exit code (2), apart from failures (1).
 */
@Command(
    name = "frontline",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "A Telegram bot for a company's front-line conversations with its clients.",
    subcommands = {CheckCommand.class, ChatCommand.class, TestCommand.class, RunCommand.class, StatsCommand.class})
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  /** {@code frontline run}: the store was lost under the running bot (its file deleted or replaced); EX_IOERR. */
  public static final int STORE_LOST = 74;

  final InputStream in;
  final PrintStream out;
  final PrintStream err;
  /** The environment, injected so commands that read DATA_DIR, DATABASE_URL… are tested in-process. */
  final java.util.Map<String, String> env;

  public Main(InputStream in, PrintStream out, PrintStream err) {
    this(in, out, err, System.getenv());
  }

  public Main(InputStream in, PrintStream out, PrintStream err, java.util.Map<String, String> env) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.env = java.util.Map.copyOf(env);
  }

  public static void main(String[] args) {
    System.exit(
        new Main(System.in, new PrintStream(System.out, true, StandardCharsets.UTF_8), new PrintStream(System.err, true, StandardCharsets.UTF_8))
            .run(args));
  }

  public int run(String... args) {
    CommandLine cmd = new CommandLine(this, new Factory(this));
    cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cmd.setExitCodeExceptionMapper(e -> FAILED);
    cmd.setParameterExceptionHandler(
        (ex, a) -> {
          ex.getCommandLine().getErr().println(ex.getMessage());
          ex.getCommandLine().usage(ex.getCommandLine().getErr());
          return USAGE;
        });
    cmd.setExecutionExceptionHandler(
        (ex, c, parsed) -> {
          if (ex instanceof KnowledgeException || ex instanceof ScenarioException) {
            // Problems in the company's files: the message lists them with file and line.
            c.getErr().println("frontline: " + ex.getMessage());
          } else {
            // A bug of ours: say so plainly and give the trace to whoever reports it.
            c.getErr().println("frontline: unexpected error: " + ex);
            ex.printStackTrace(err);
          }
          return FAILED;
        });
    return cmd.execute(args);
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** {@code frontline} alone: the usage, as for {@code --help}. */
  @Override
  public void run() {
    spec.commandLine().usage(out);
  }

  /** Gives every subcommand the streams of this Main. */
  private record Factory(Main main) implements CommandLine.IFactory {
    @Override
    public <K> K create(Class<K> cls) throws Exception {
      if (cls == CheckCommand.class) {
        return cls.cast(new CheckCommand(main));
      }
      if (cls == ChatCommand.class) {
        return cls.cast(new ChatCommand(main));
      }
      if (cls == TestCommand.class) {
        return cls.cast(new TestCommand(main));
      }
      if (cls == StatsCommand.class) {
        return cls.cast(new StatsCommand(main));
      }
      if (cls == RunCommand.class) {
        return cls.cast(new RunCommand(main, main.env));
      }
      return CommandLine.defaultFactory().create(cls);
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"frontline " + (v == null ? "dev" : v)};
    }
  }
}
