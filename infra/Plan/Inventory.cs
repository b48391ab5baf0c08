using System.Globalization;
using System.Text;
using Netra.Infra.Resources;

namespace Netra.Infra.Plan;

/// <summary>
/// The inventory of a program: every resource with every field it sets, one `path = value` line each, in
/// declaration order. Flat lines make a profile change read as a one-line diff in review.
/// </summary>
public static class Inventory
{
    public const string RegenerateCommand = "bin/netra-infra inventory --stack staging --write tests/Infra.Tests/Inventories";

    public static string FileName(string stack, string profile) => $"{stack}.{profile}.inventory.txt";

    /// <summary>Where a value's later lines start: under its field (two, and four more), never at the left margin where
    /// a resource's name starts.</summary>
    private const int Continued = 6;

    private const string Regenerate = "# Regenerate: ";

    /// <summary>The baseline: every value exactly as declared and nothing wrapped, so that a changed value is a changed
    /// line.</summary>
    public static string Render(ProgramDeclaration program)
    {
        var text = new StringBuilder();
        foreach (var (indent, line) in Lines(program))
        {
            var parts = line.Split('\n');
            text.Append(' ', indent).Append(parts[0]).Append('\n');
            foreach (var part in parts.Skip(1))
            {
                text.Append(part.Length == 0 ? "" : new string(' ', Continued)).Append(part).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>For a terminal (`plan --inventory`): each line wrapped, every paragraph of a value under its field, and
    /// the command that regenerates the baselines as one that pastes.</summary>
    public static string Text(ProgramDeclaration program, TextLayout layout)
    {
        var text = new StringBuilder();
        foreach (var (indent, line) in Lines(program))
        {
            text.Append(line.StartsWith(Regenerate, StringComparison.Ordinal)
                ? layout.Command(RegenerateCommand, indent, Regenerate)
                : layout.Paragraph(line, indent, indent == 0 ? 4 : Continued));
        }

        return text.ToString();
    }

    /// <summary>The inventory's lines, each with its indentation: the header, each resource with its fields, the outputs.</summary>
    private static IEnumerable<(int Indent, string Text)> Lines(ProgramDeclaration program)
    {
        yield return (0, "# " + program.Description);
        yield return (0, Regenerate + RegenerateCommand);
        foreach (var resource in program.Resources)
        {
            yield return (0, "");
            yield return (0, $"{resource.Name}  {resource.Type}");
            foreach (var (path, value) in Fields(resource))
            {
                yield return (2, $"{path} = {value}");
            }
        }

        yield return (0, "");
        yield return (0, "outputs");
        foreach (var output in program.Outputs)
        {
            yield return (2, $"{output.Name} = {Scalar(output.Value)}");
        }
    }

    /// <summary>Each declaration's fields, flattened once: the runbook's checks diff the same programs many times over.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<ResourceDeclaration, IReadOnlyList<(string Path, string Value)>> Flattened = new();

    /// <summary>Every leaf of a resource as (path, value): `properties.template.scaling.maxInstanceCount`.</summary>
    public static IReadOnlyList<(string Path, string Value)> Fields(ResourceDeclaration resource) =>
        Flattened.GetValue(resource, FieldsOf);

    private static IReadOnlyList<(string Path, string Value)> FieldsOf(ResourceDeclaration resource)
    {
        var fields = new List<(string, string)>();
        Flatten("properties", resource.Properties, fields);
        var options = resource.Options;
        if (options.Provider is not null)
        {
            fields.Add(("options.provider", options.Provider.Expression));
        }

        if (options.Version is not null)
        {
            fields.Add(("options.version", options.Version));
        }

        if (options.PluginDownloadUrl is not null)
        {
            fields.Add(("options.pluginDownloadURL", options.PluginDownloadUrl));
        }

        if (options.Protect)
        {
            fields.Add(("options.protect", "true"));
        }

        if (options.RetainOnDelete)
        {
            fields.Add(("options.retainOnDelete", "true"));
        }

        if (options.DeleteBeforeReplace)
        {
            fields.Add(("options.deleteBeforeReplace", "true"));
        }

        if (options.Import is not null)
        {
            fields.Add(("options.import", options.Import));
        }

        for (var i = 0; i < options.IgnoreChanges.Count; i++)
        {
            fields.Add(($"options.ignoreChanges[{i}]", options.IgnoreChanges[i]));
        }

        for (var i = 0; i < options.DependsOn.Count; i++)
        {
            fields.Add(($"options.dependsOn[{i}]", options.DependsOn[i].Expression));
        }

        return fields;
    }

    private static void Flatten(string path, PropertyValue value, List<(string, string)> fields)
    {
        switch (value)
        {
            case MapValue { Entries.Count: 0 }:
                // An empty mapping is a value of its own (Secret Manager's `replication: {auto: {}}`).
                fields.Add((path, "{}"));
                break;
            case MapValue map:
                foreach (var (key, item) in map.Entries)
                {
                    Flatten($"{path}.{key}", item, fields);
                }

                break;
            case ListValue list when ItemNames(list) is { } names:
                // Items with a unique name (environment variables, database flags) are named by it, so that a change
                // reads `envs[DATABASE_POOL_SIZE].value: 5 → 4`, and adding one does not renumber the rest.
                for (var i = 0; i < list.Items.Count; i++)
                {
                    foreach (var (key, item) in ((MapValue)list.Items[i]).Entries.Where(e => e.Key != "name"))
                    {
                        Flatten($"{path}[{names[i]}].{key}", item, fields);
                    }
                }

                break;
            case ListValue list:
                for (var i = 0; i < list.Items.Count; i++)
                {
                    Flatten($"{path}[{i}]", list.Items[i], fields);
                }

                break;
            default:
                fields.Add((path, Scalar(value)));
                break;
        }
    }

    /// <summary>The items' names, when every item is a mapping with a distinct plain `name` (and something else): the
    /// inventory then names each item by it, and leaves the `name` itself out.</summary>
    internal static IReadOnlyList<string>? ItemNames(ListValue list)
    {
        var names = list.Items.Select(item => item is MapValue map && map.Entries.Count > 1 && map["name"] is StringValue { Value: { Length: > 0 } name } && !name.Contains(']') ? name : null).ToList();
        return names.Count > 0 && names.All(n => n is not null) && names.Distinct(StringComparer.Ordinal).Count() == names.Count
            ? names.Select(n => n!).ToList()
            : null;
    }

    private static string Scalar(PropertyValue value) => value switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        DecimalValue d => d.Value.ToString(CultureInfo.InvariantCulture),
        ReferenceValue r => r.Expression,
        InterpolationValue i => i.Expression,
        InvokeValue f => f.Text,
        _ => value.ToString() ?? "",
    };
}
