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

    public static string Render(ProgramDeclaration program)
    {
        var text = new StringBuilder();
        text.Append("# ").Append(program.Description).Append('\n');
        text.Append("# Regenerate: ").Append(RegenerateCommand).Append('\n');
        foreach (var resource in program.Resources)
        {
            text.Append('\n').Append(resource.Name).Append("  ").Append(resource.Type).Append('\n');
            foreach (var (path, value) in Fields(resource))
            {
                text.Append("  ").Append(path).Append(" = ").Append(value).Append('\n');
            }
        }

        text.Append("\noutputs\n");
        foreach (var output in program.Outputs)
        {
            text.Append("  ").Append(output.Name).Append(" = ").Append(Scalar(output.Value)).Append('\n');
        }

        return text.ToString();
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
