using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests.Support;

/// <summary>
/// One file of the bad-input corpus (tests/Infra.Tests/BadInputs): a change to the real stacks/staging.yaml
/// (`set` key paths to YAML values, `remove` key paths), optionally a stack configuration file to run with and
/// environment variables the run sees (`environment`, as an operator's shell would set them), and the exact errors it
/// must produce.
/// </summary>
public sealed record BadInputCase(
    string Name,
    string Description,
    IReadOnlyList<(string Path, YamlNode Value)> Set,
    IReadOnlyList<string> Remove,
    YamlMappingNode? ConfigFile,
    string? Profile,
    IReadOnlyList<string> Expect,
    IReadOnlyDictionary<string, string> Environment)
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "BadInputs");

    public static IEnumerable<object[]> All() =>
        Directory.GetFiles(Folder, "*.yaml").Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileNameWithoutExtension(f) });

    public static BadInputCase Load(string name)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Folder, name + ".yaml"))));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        YamlNode? Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        var set = Get("set") is YamlMappingNode s ? s.Children.Select(c => (((YamlScalarNode)c.Key).Value!, c.Value)).ToList() : [];
        var remove = Get("remove") is YamlSequenceNode r ? r.Children.Select(c => ((YamlScalarNode)c).Value!).ToList() : [];
        var expect = ((YamlSequenceNode)Get("expect")!).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();
        var environment = Get("environment") is YamlMappingNode e
            ? e.Children.ToDictionary(c => ((YamlScalarNode)c.Key).Value!, c => ((YamlScalarNode)c.Value).Value!)
            : new Dictionary<string, string>();
        return new BadInputCase(
            name,
            ((YamlScalarNode)Get("description")!).Value!,
            set,
            remove,
            Get("configFile") as YamlMappingNode,
            (Get("profile") as YamlScalarNode)?.Value,
            expect,
            environment);
    }

    /// <summary>Writes a copy of the repository's inputs with this case's change applied; returns its root.</summary>
    public string Apply()
    {
        var root = Directory.CreateTempSubdirectory("netra-bad-input-").FullName;
        Directory.CreateDirectory(Path.Combine(root, "stacks"));
        foreach (var file in Directory.GetFiles(Repo.Root, "Pulumi*.yaml"))
        {
            File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repo.Path("stacks", "staging.yaml"))));
        var document = (YamlMappingNode)stream.Documents[0].RootNode;
        foreach (var (path, value) in Set)
        {
            var (parent, key) = Navigate(document, path);
            parent.Children[new YamlScalarNode(key)] = value;
        }

        foreach (var path in Remove)
        {
            var (parent, key) = Navigate(document, path);
            parent.Children.Remove(new YamlScalarNode(key)).Should_exist(path);
        }

        using (var writer = new StreamWriter(Path.Combine(root, "stacks", "staging.yaml")))
        {
            stream.Save(writer, assignAnchors: false);
        }

        if (ConfigFile is not null)
        {
            var config = new YamlStream(new YamlDocument(new YamlMappingNode(new YamlScalarNode("config"), ConfigFile)));
            using var writer = new StreamWriter(Path.Combine(root, "Pulumi.case.yaml"));
            config.Save(writer, assignAnchors: false);
        }

        return root;
    }

    private static (YamlMappingNode Parent, string Key) Navigate(YamlMappingNode document, string path)
    {
        var parts = path.Split('.');
        var node = document;
        foreach (var part in parts[..^1])
        {
            var key = new YamlScalarNode(part);
            if (!node.Children.TryGetValue(key, out var child))
            {
                child = new YamlMappingNode();
                node.Children[key] = child;
            }

            node = (YamlMappingNode)child;
        }

        return (node, parts[^1]);
    }
}

internal static class RemoveExtensions
{
    public static void Should_exist(this bool removed, string path)
    {
        if (!removed)
        {
            throw new InvalidOperationException($"bad-input case removes '{path}', which stacks/staging.yaml does not have");
        }
    }
}
