namespace Netra.Infra.Resources;

/// <summary>
/// A provider function's result: `fn::invoke` in Pulumi YAML, with the function's token, its arguments, the field of its
/// result to use, and the provider it runs with (https://www.pulumi.com/docs/reference/yaml/, "fn::invoke"). The value is
/// read when the program runs, never written into it: a secret stays in Secret Manager and reaches the engine as a
/// secret output.
/// </summary>
public sealed record InvokeValue(string Function, MapValue Arguments, string Return, ReferenceValue Provider) : PropertyValue
{
    /// <summary>`fn::invoke gcp:secretmanager:getSecretVersion(project=…, secret=…).secretData`, for plans.</summary>
    public string Text => $"fn::invoke {Function}({string.Join(", ", Arguments.Entries.Select(e => $"{e.Key}={Plain(e.Value)}"))}).{Return}";

    private static string Plain(PropertyValue value) => value switch
    {
        StringValue s => s.Value,
        ReferenceValue r => r.Expression,
        _ => value.ToString() ?? "",
    };
}
