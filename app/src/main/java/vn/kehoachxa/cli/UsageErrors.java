package vn.kehoachxa.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.MaxValuesExceededException;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MutuallyExclusiveArgsException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;
import vn.kehoachxa.domain.Texts;

/**
 * Says in Vietnamese what is wrong with a command line. Picocli's own parser messages are English only
 * ("Unmatched argument at index 2", "Unknown option", "Missing required parameter"), so each kind of
 * {@link ParameterException} is reworded from the facts it carries: the words typed, the option or parameter
 * concerned, the commands and options that exist.
 */
final class UsageErrors {
    private UsageErrors() {
    }

    /** The Vietnamese sentence for {@code ex}, naming what was typed and what to type instead. */
    static String describe(ParameterException ex) {
        CommandLine cli = ex.getCommandLine();
        if (ex instanceof UnmatchedArgumentException unmatched) {
            return unmatched(cli, unmatched);
        }
        if (ex instanceof MissingParameterException missing) {
            return Texts.get("cli.usage.missing", names(missing.getMissing()));
        }
        if (ex instanceof MutuallyExclusiveArgsException) {
            return Texts.get("cli.usage.exclusive", exclusiveOptions(cli));
        }
        if (ex instanceof OverwrittenOptionException overwritten) {
            return Texts.get("cli.usage.twice", name(overwritten.getOverwritten()));
        }
        if (ex instanceof MaxValuesExceededException) {
            return Texts.get("cli.usage.tooMany", commandName(cli));
        }
        ArgSpec arg = ex.getArgSpec();
        if (arg != null && ex.getValue() != null) {
            // A value that does not convert ("abc" for a plan id): picocli's own converters say "is not a long";
            // the app's converters explain in Vietnamese, and their words are kept.
            if (ex.getCause() instanceof TypeConversionException conversion && isOurs(conversion, ex.getValue())) {
                return Texts.get("cli.usage.badValueBecause", ex.getValue(), name(arg), conversion.getMessage());
            }
            return Texts.get("cli.usage.badValue", ex.getValue(), name(arg));
        }
        return Texts.get("cli.usage.other", commandName(cli));
    }

    /** Picocli's converters write ASCII English around the value; the app's write Vietnamese from the bundle. */
    private static boolean isOurs(TypeConversionException conversion, String value) {
        String message = conversion.getMessage();
        return message != null && !message.replace(value, "").chars().allMatch(c -> c < 128);
    }

    private static String unmatched(CommandLine cli, UnmatchedArgumentException ex) {
        List<String> typed = ex.getUnmatched();
        String first = typed.isEmpty() ? "" : typed.getFirst();
        String suggestions = String.join(", ", ex.getSuggestions());
        if (first.startsWith("-")) {
            String options = cli.getCommandSpec().options().stream().filter(o -> !o.hidden())
                    .map(OptionSpec::longestName).collect(Collectors.joining(", "));
            return suggestions.isEmpty() ? Texts.get("cli.usage.unknownOption", first, commandName(cli), options)
                    : Texts.get("cli.usage.unknownOptionSuggest", first, suggestions);
        }
        if (!cli.getSubcommands().isEmpty() && cli.getParent() == null) {
            String commands = String.join(", ", cli.getSubcommands().keySet());
            return suggestions.isEmpty() ? Texts.get("cli.usage.unknownCommand", first, commands)
                    : Texts.get("cli.usage.unknownCommandSuggest", first, suggestions);
        }
        return Texts.get("cli.usage.extra", String.join(" ", typed), commandName(cli));
    }

    private static String exclusiveOptions(CommandLine cli) {
        return cli.getCommandSpec().argGroups().stream().filter(g -> g.exclusive())
                .flatMap(g -> g.args().stream()).map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String names(List<ArgSpec> args) {
        return args.stream().map(UsageErrors::name).collect(Collectors.joining(", "));
    }

    private static String name(ArgSpec arg) {
        if (arg instanceof OptionSpec option) {
            return option.longestName();
        }
        return arg instanceof PositionalParamSpec p ? p.paramLabel() : String.valueOf(arg);
    }

    private static String commandName(CommandLine cli) {
        return cli.getCommandSpec().qualifiedName();
    }
}
