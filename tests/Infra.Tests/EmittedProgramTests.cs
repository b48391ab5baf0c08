using System.Text.RegularExpressions;
using FluentAssertions;
using Netra.Infra.Emit;
using Netra.Infra.Resources;
using Netra.Infra.Tests.Support;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace Netra.Infra.Tests;

/// <summary>The emitted YAML is a well-formed Pulumi YAML program whose references all resolve.</summary>
public partial class EmittedProgramTests
{
    private static readonly string[] TemplateKeys = ["name", "namespace", "description", "pulumi", "config", "configuration", "variables", "resources", "outputs", "packages", "components"];
    private static readonly string[] ResourceKeys = ["type", "name", "defaultProvider", "properties", "options", "get"];

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Emitted_yaml_parses_back_into_a_pulumi_template(string profile)
    {
        var root = Parse(PulumiYamlEmitter.Emit(Programs.Staging(profile)));

        root.Children.Keys.Select(Text).Should().OnlyContain(k => TemplateKeys.Contains(k));
        var resources = (YamlMappingNode)root.Children[new YamlScalarNode("resources")];
        foreach (var (name, node) in resources.Children)
        {
            var resource = (YamlMappingNode)node;
            resource.Children.Keys.Select(Text).Should().OnlyContain(k => ResourceKeys.Contains(k), $"resource {Text(name)}");
            Text(resource.Children[new YamlScalarNode("type")]).Should().MatchRegex("^[a-z]+:[a-zA-Z0-9]+:[A-Za-z0-9]+$");
        }
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Every_reference_names_a_declared_resource(string profile)
    {
        var root = Parse(PulumiYamlEmitter.Emit(Programs.Staging(profile)));
        var declared = ((YamlMappingNode)root.Children[new YamlScalarNode("resources")]).Children.Keys.Select(Text).ToHashSet();

        var references = Scalars(root).SelectMany(s => Reference().Matches(s).Select(m => m.Groups["resource"].Value)).ToList();

        references.Should().NotBeEmpty();
        references.Should().OnlyContain(r => declared.Contains(r));
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Resource_names_can_never_collide_with_configuration_keys(string profile)
    {
        // Pulumi YAML turns config keys into named values (project prefix stripped) and refuses a resource of
        // the same name; ours are namespaced `netra:` and resource names never contain a colon.
        Programs.Staging(profile).Resources.Should().OnlyContain(r => !r.Name.Contains(':') && r.Name != "profile");
    }

    [Theory]
    [MemberData(nameof(Programs.Profiles), MemberType = typeof(Programs))]
    public void Every_resource_goes_through_its_pinned_explicit_provider(string profile)
    {
        var program = Programs.Staging(profile);

        program.Resources[0].Type.Should().Be("pulumi:providers:gcp");
        var providers = program.Resources.Where(r => r.Type.StartsWith("pulumi:providers:", StringComparison.Ordinal)).ToList();
        providers.Should().OnlyContain(p => p.Options.Version == ProviderCatalog.All.Single(c => c.ProviderType == p.Type).Version);
        program.Resources.Except(providers).Should().OnlyContain(r =>
            r.Options.Provider == ProviderCatalog.All.Single(c => r.Type.StartsWith(c.Name + ":", StringComparison.Ordinal)).Reference);
        var declared = program.Resources.Select(r => r.Name).ToList();
        program.Resources.Except(providers).Should().OnlyContain(r => declared.IndexOf(r.Options.Provider!.Resource) < declared.IndexOf(r.Name),
            "a provider is declared before what uses it, so plugin discovery reads its pinned version first");
    }

    [Fact]
    public void Strings_that_read_as_numbers_are_quoted_and_interpolation_is_escaped()
    {
        var program = new ProgramDeclaration("d", [], [
            new ResourceDeclaration("r", "gcp:x:Y", new MapValue { { "cpu", "4" }, { "on", "on" }, { "text", "a ${b}" }, { "n", 4 } }, new ResourceOptions(), []),
        ], []);

        var yaml = PulumiYamlEmitter.Emit(program);

        yaml.Should().Contain("cpu: \"4\"").And.Contain("\"on\": \"on\"").And.Contain("text: a $${b}").And.Contain("\"n\": 4");
    }

    private static YamlMappingNode Parse(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static IEnumerable<string> Scalars(YamlNode node) => node switch
    {
        YamlScalarNode s => [s.Value ?? ""],
        YamlSequenceNode q => q.Children.SelectMany(Scalars),
        YamlMappingNode m => m.Children.SelectMany(c => Scalars(c.Key).Concat(Scalars(c.Value))),
        _ => [],
    };

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value ?? "";

    [GeneratedRegex(@"(?<!\$)\$\{(?<resource>[^.}]+)(\.[^}]*)?\}")]
    private static partial Regex Reference();
}
