using System.Text;
using System.Text.Json;
using Netra.Infra.Resources;

namespace Netra.Infra.Tests.Conformance;

/// <summary>
/// Writes emitted programs as TypeScript that assigns each resource's properties to the provider's own `…Args`
/// type (`gcp:vpcaccess:Connector` → `gcp.vpcaccess.ConnectorArgs`) and its options to
/// `pulumi.CustomResourceOptions`. Object literals are checked for unknown properties and wrong value types by
/// `tsc`, against the real `@pulumi/gcp` and `@pulumi/random` packages: no list of names typed by hand.
/// </summary>
public static class TypeScriptProgram
{
    public static string Render(IEnumerable<(string Label, ProgramDeclaration Program)> programs)
    {
        var text = new StringBuilder();
        text.AppendLine("import * as pulumi from \"@pulumi/pulumi\";");
        text.AppendLine("import * as gcp from \"@pulumi/gcp\";");
        text.AppendLine("import * as random from \"@pulumi/random\";");
        text.AppendLine("import * as time from \"@pulumiverse/time\";");
        text.AppendLine("// A `${resource.property}` reference is an output of another resource.");
        text.AppendLine("declare const output: pulumi.Output<any>;");
        text.AppendLine("declare const providerResource: pulumi.ProviderResource;");
        text.AppendLine("declare const anyResource: pulumi.Resource;");
        var index = 0;
        foreach (var (label, program) in programs)
        {
            text.AppendLine($"// {label}");
            foreach (var resource in program.Resources)
            {
                index++;
                text.AppendLine($"// {resource.Name}");
                text.AppendLine($"export const args{index}: {ArgsType(resource.Type)} = {Value(resource.Properties)};");
                text.AppendLine($"export const options{index}: pulumi.CustomResourceOptions = {Options(resource.Options)};");
            }
        }

        return text.ToString();
    }

    /// <summary>`gcp:sql:DatabaseInstance` → `gcp.sql.DatabaseInstanceArgs`; `pulumi:providers:gcp` → `gcp.ProviderArgs`.</summary>
    public static string ArgsType(string token)
    {
        var parts = token.Split(':');
        if (parts is ["pulumi", "providers", var package])
        {
            return $"{package}.ProviderArgs";
        }

        return parts.Length == 3 && parts[1] == "index"
            ? $"{parts[0]}.{parts[2]}Args"
            : $"{parts[0]}.{parts[1]}.{parts[2]}Args";
    }

    private static string Options(ResourceOptions options)
    {
        var entries = new List<string>();
        if (options.Provider is not null)
        {
            entries.Add("provider: providerResource");
        }

        if (options.Version is not null)
        {
            entries.Add($"version: {Json(options.Version)}");
        }

        if (options.PluginDownloadUrl is not null)
        {
            entries.Add($"pluginDownloadURL: {Json(options.PluginDownloadUrl)}");
        }

        if (options.Protect)
        {
            entries.Add("protect: true");
        }

        if (options.DeleteBeforeReplace)
        {
            entries.Add("deleteBeforeReplace: true");
        }

        if (options.RetainOnDelete)
        {
            entries.Add("retainOnDelete: true");
        }

        if (options.Import is not null)
        {
            entries.Add($"import: {Json(options.Import)}");
        }

        if (options.IgnoreChanges.Count > 0)
        {
            entries.Add($"ignoreChanges: [{string.Join(", ", options.IgnoreChanges.Select(Json))}]");
        }

        if (options.DependsOn.Count > 0)
        {
            entries.Add($"dependsOn: [{string.Join(", ", options.DependsOn.Select(_ => "anyResource"))}]");
        }

        return "{ " + string.Join(", ", entries) + " }";
    }

    private static string Value(PropertyValue value) => value switch
    {
        MapValue map => "{ " + string.Join(", ", map.Entries.Select(e => $"{Key(e.Key)}: {Value(e.Value)}")) + " }",
        ListValue list => "[" + string.Join(", ", list.Items.Select(Value)) + "]",
        StringValue s => Json(s.Value),
        NumberValue n => n.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        DecimalValue d => d.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ReferenceValue or InterpolationValue => "output",
        // `gcp:secretmanager:getSecretVersion` → `gcp.secretmanager.getSecretVersionOutput({…}, { provider }).secretData`:
        // tsc checks the function, its arguments and the field returned.
        InvokeValue invoke => $"{FunctionName(invoke.Function)}Output({Value(invoke.Arguments)}, {{ provider: providerResource }}).{invoke.Return}",
        _ => throw new ArgumentOutOfRangeException(nameof(value)),
    };

    /// <summary>`gcp:secretmanager:getSecretVersion` → `gcp.secretmanager.getSecretVersion`.</summary>
    public static string FunctionName(string token)
    {
        var parts = token.Split(':');
        return parts.Length == 3 && parts[1] == "index" ? $"{parts[0]}.{parts[2]}" : $"{parts[0]}.{parts[1]}.{parts[2]}";
    }

    private static string Json(string text) => JsonSerializer.Serialize(text);

    // Plain identifiers where possible, so tsc names a misspelled property as it is written.
    private static string Key(string key) => System.Text.RegularExpressions.Regex.IsMatch(key, "^[A-Za-z_$][A-Za-z0-9_$]*$") ? key : Json(key);
}
