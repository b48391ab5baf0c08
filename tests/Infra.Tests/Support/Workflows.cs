using System.Text.RegularExpressions;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests.Support;

/// <summary>The repository's GitHub Actions workflows, read as YAML (jobs, steps, permissions) and as text (the comments
/// YAML drops: an action's version beside its pinned SHA).</summary>
public static partial class Workflows
{
    public static string Folder => Repo.Path(".github", "workflows");

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.yml").Order(StringComparer.Ordinal).ToList();

    public static IEnumerable<object[]> Names() => Files.Select(f => new object[] { System.IO.Path.GetFileName(f) });

    public static string Path(string name) => System.IO.Path.Combine(Folder, name);

    public static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path(name))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    public static YamlMappingNode Map(YamlNode node, string key) => (YamlMappingNode)((YamlMappingNode)node)[key];

    public static bool Has(YamlNode node, string key) => ((YamlMappingNode)node).Children.ContainsKey(new YamlScalarNode(key));

    public static string Scalar(YamlNode node, string key) => ((YamlScalarNode)((YamlMappingNode)node)[key]).Value!;

    public static IEnumerable<(string Name, YamlMappingNode Job)> Jobs(YamlMappingNode workflow) =>
        Map(workflow, "jobs").Children.Select(j => (((YamlScalarNode)j.Key).Value!, (YamlMappingNode)j.Value));

    public static YamlMappingNode Job(YamlMappingNode workflow, string name) => Map(Map(workflow, "jobs"), name);

    public static IReadOnlyList<YamlMappingNode> Steps(YamlMappingNode job) =>
        Has(job, "steps") ? ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>().ToList() : [];

    public static Dictionary<string, string> Permissions(YamlNode node) =>
        Map(node, "permissions").Children.ToDictionary(p => ((YamlScalarNode)p.Key).Value!, p => ((YamlScalarNode)p.Value).Value!);

    /// <summary>The `run` scripts of a job, joined.</summary>
    public static string Runs(YamlMappingNode job) => string.Join("\n", Steps(job).Where(s => Has(s, "run")).Select(s => Scalar(s, "run")));

    /// <summary>Whether a step uses the action (`owner/repo`, any ref).</summary>
    public static bool Uses(YamlMappingNode step, string action) =>
        Has(step, "uses") && Scalar(step, "uses").StartsWith(action + "@", StringComparison.Ordinal);

    /// <summary>Every `uses:` line of every workflow: the action, its ref and the comment after it.</summary>
    public static IEnumerable<(string File, string Action, string Ref, string Comment)> UsesLines() =>
        Files.SelectMany(file => File.ReadAllLines(file).Select(line => UsesLine().Match(line)).Where(m => m.Success)
            .Select(m => (System.IO.Path.GetFileName(file), m.Groups["action"].Value, m.Groups["ref"].Value, m.Groups["comment"].Value.Trim())));

    [GeneratedRegex(@"^\s*(-\s+)?uses:\s+(?<action>[^@\s]+)(@(?<ref>\S+))?\s*(#(?<comment>.*))?$")]
    private static partial Regex UsesLine();
}
