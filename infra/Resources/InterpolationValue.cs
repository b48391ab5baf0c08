namespace Netra.Infra.Resources;

/// <summary>A string built from literal text and resource outputs: `postgresql://u:${pw.result}@${db.privateIpAddress}/d`.
/// A part is a string or a <see cref="ReferenceValue"/>. Secret outputs keep the result secret.</summary>
public sealed record InterpolationValue(IReadOnlyList<object> Parts) : PropertyValue
{
    /// <summary>The Pulumi YAML text: literal `${` escaped as `$${`, references as `${resource.property}`.</summary>
    public string Expression => string.Concat(Parts.Select(p => p switch
    {
        ReferenceValue reference => reference.Expression,
        string text => text.Replace("${", "$${", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(Parts), p, "a part is text or a reference"),
    }));
}
