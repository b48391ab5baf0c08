using System.Text.RegularExpressions;
using Netra.Infra.Resources;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Netra.Infra.Emit;

/// <summary>
/// Writes a <see cref="ProgramDeclaration"/> as a Pulumi YAML template. It decides nothing: every value and
/// comment comes from the model, so the same declarations also drive the offline plan.
/// </summary>
public static partial class PulumiYamlEmitter
{
    public static string Emit(ProgramDeclaration program)
    {
        var writer = new StringWriter { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false, maxSimpleKeyLength: 1024, indentSequences: true));
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        emitter.Emit(new MappingStart());
        foreach (var comment in program.HeaderComments)
        {
            emitter.Emit(new Comment(comment, isInline: false));
        }

        Key(emitter, "description");
        Scalar(emitter, new StringValue(program.Description));
        Key(emitter, "resources");
        emitter.Emit(new MappingStart());
        foreach (var resource in program.Resources)
        {
            foreach (var comment in resource.Comments)
            {
                emitter.Emit(new Comment(comment, isInline: false));
            }

            Key(emitter, resource.Name);
            Resource(emitter, resource);
        }

        emitter.Emit(new MappingEnd());
        if (program.Outputs.Count > 0)
        {
            Key(emitter, "outputs");
            emitter.Emit(new MappingStart());
            foreach (var output in program.Outputs)
            {
                Key(emitter, output.Name);
                Value(emitter, output.Value);
            }

            emitter.Emit(new MappingEnd());
        }

        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    private static void Resource(IEmitter emitter, ResourceDeclaration resource)
    {
        emitter.Emit(new MappingStart());
        Key(emitter, "type");
        Scalar(emitter, new StringValue(resource.Type));
        if (resource.Properties.Entries.Count > 0)
        {
            Key(emitter, "properties");
            Value(emitter, resource.Properties);
        }

        var options = Options(resource.Options);
        if (options.Entries.Count > 0)
        {
            Key(emitter, "options");
            Value(emitter, options);
        }

        emitter.Emit(new MappingEnd());
    }

    private static MapValue Options(ResourceOptions options)
    {
        var map = new MapValue();
        map.AddIfPresent("provider", options.Provider);
        map.AddIfPresent("version", options.Version is { } version ? new StringValue(version) : null);
        map.AddIfPresent("pluginDownloadURL", options.PluginDownloadUrl is { } url ? new StringValue(url) : null);
        if (options.Protect)
        {
            map.Add("protect", true);
        }

        if (options.RetainOnDelete)
        {
            map.Add("retainOnDelete", true);
        }

        if (options.DeleteBeforeReplace)
        {
            map.Add("deleteBeforeReplace", true);
        }

        map.AddIfPresent("import", options.Import is { } import ? new StringValue(import) : null);

        if (options.IgnoreChanges.Count > 0)
        {
            var list = new ListValue();
            foreach (var path in options.IgnoreChanges)
            {
                list.Add(path);
            }

            map.Add("ignoreChanges", list);
        }

        if (options.DependsOn.Count > 0)
        {
            var list = new ListValue();
            foreach (var dependency in options.DependsOn)
            {
                list.Add(dependency);
            }

            map.Add("dependsOn", list);
        }

        return map;
    }

    private static void Value(IEmitter emitter, PropertyValue value)
    {
        switch (value)
        {
            case MapValue map:
                emitter.Emit(new MappingStart());
                foreach (var (key, item) in map.Entries)
                {
                    Key(emitter, key);
                    Value(emitter, item);
                }

                emitter.Emit(new MappingEnd());
                break;
            case InvokeValue invoke:
                // `fn::invoke: {function, arguments, options: {provider}, return}` (https://www.pulumi.com/docs/reference/yaml/).
                Value(emitter, new MapValue
                {
                    {
                        "fn::invoke", new MapValue
                        {
                            { "function", invoke.Function },
                            { "arguments", invoke.Arguments },
                            { "options", new MapValue { { "provider", invoke.Provider } } },
                            { "return", invoke.Return },
                        }
                    },
                });
                break;
            case ListValue list:
                emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
                foreach (var item in list.Items)
                {
                    Value(emitter, item);
                }

                emitter.Emit(new SequenceEnd());
                break;
            default:
                Scalar(emitter, value);
                break;
        }
    }

    private static void Key(IEmitter emitter, string key) => Scalar(emitter, new StringValue(key));

    private static void Scalar(IEmitter emitter, PropertyValue value)
    {
        var (text, style) = value switch
        {
            // `$${` is Pulumi YAML's escape: no text of ours can turn into an interpolation.
            StringValue s => (s.Value.Replace("${", "$${", StringComparison.Ordinal), NeedsQuotes(s.Value) ? ScalarStyle.DoubleQuoted : ScalarStyle.Any),
            NumberValue n => (n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain),
            BoolValue b => (b.Value ? "true" : "false", ScalarStyle.Plain),
            DecimalValue d => (d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), ScalarStyle.Plain),
            ReferenceValue r => (r.Expression, ScalarStyle.Plain),
            InterpolationValue i => (i.Expression, ScalarStyle.DoubleQuoted),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "not a scalar"),
        };
        emitter.Emit(new Scalar(null, null, text, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    /// <summary>A string that a YAML reader would take for a number, boolean or null is quoted, so that "4"
    /// (a CPU limit) stays a string.</summary>
    private static bool NeedsQuotes(string text) => text.Length == 0 || NonString().IsMatch(text);

    [GeneratedRegex(@"^([-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?|0x[0-9a-fA-F]+|0o[0-7]+|[-+]?\.(inf|Inf|INF)|\.(nan|NaN|NAN)|true|True|TRUE|false|False|FALSE|yes|Yes|YES|no|No|NO|on|On|ON|off|Off|OFF|y|Y|n|N|null|Null|NULL|~)$")]
    private static partial Regex NonString();
}
