using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Cli;

/// <summary>
/// One stack owns one environment: a stack whose name is not an environment in `stacks/` is refused before
/// anything is declared, with the command that does what the user meant. A profile run as a stack
/// (`pulumi up --stack emergency`) would otherwise try to own `staging-connector` a second time.
/// </summary>
public static class StackGuard
{
    public const string StackSource = "stack";

    /// <param name="commandFor">The command that runs (environment, profile) the way the user was working.</param>
    public static bool Check(string root, string stack, Func<string, string, string> commandFor, DiagnosticBag diagnostics)
    {
        var environments = EnvironmentFileLoader.EnvironmentNames(root);
        if (environments.Contains(stack))
        {
            return true;
        }

        var source = $"{StackSource} {stack}";
        var owners = environments.Where(e => ProfileNames(root, e).Contains(stack)).ToList();
        if (owners.Count > 0)
        {
            var commands = owners.Select(e => commandFor(e, stack));
            diagnostics.Error(DiagnosticCodes.StackIsNotAnEnvironment, source, "",
                $"'{stack}' is a capacity profile of {string.Join(" and ", owners)}, not an environment: a profile is configuration of its environment's stack, never a stack of its own (two stacks would own the same GCP objects). Run instead: {string.Join("  or  ", commands)}");
            return false;
        }

        var known = environments.Count == 0 ? "none: stacks/ has no <environment>.yaml" : string.Join(", ", environments);
        var suggestion = environments.Count == 1 ? $" Did you mean: {commandFor(environments[0], DefaultProfile(root, environments[0]))}" : "";
        diagnostics.Error(DiagnosticCodes.StackIsNotAnEnvironment, source, "",
            $"'{stack}' is not an environment of this repository (environments: {known}); each stack is named after its stacks/<environment>.yaml.{suggestion}");
        return false;
    }

    private static IReadOnlyList<string> ProfileNames(string root, string environment)
    {
        var node = YamlFiles.LoadMapping(EnvironmentFileLoader.FileFor(root, environment), new DiagnosticBag());
        return node?.Children.TryGetValue(new YamlScalarNode("profiles"), out var profiles) == true && profiles is YamlMappingNode map
            ? map.Children.Keys.OfType<YamlScalarNode>().Select(k => k.Value ?? "").ToList()
            : [];
    }

    private static string DefaultProfile(string root, string environment)
    {
        var file = ProfileFiles.StackFile(root, environment);
        return File.Exists(file.FullPath)
            ? StackConfiguration.FromFile(file, new DiagnosticBag())?.Values.GetValueOrDefault(StackConfiguration.ProfileKey) ?? "normal"
            : "normal";
    }
}
