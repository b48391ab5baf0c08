namespace Netra.Infra.Resources;

/// <summary>
/// A value in a resource declaration: what Pulumi YAML (or, one day, the .NET SDK) receives. The model never
/// holds YAML text; the emitter decides how each value is written.
/// </summary>
public abstract record PropertyValue
{
    public static implicit operator PropertyValue(string value) => new StringValue(value);

    public static implicit operator PropertyValue(int value) => new NumberValue(value);

    public static implicit operator PropertyValue(bool value) => new BoolValue(value);
}

public sealed record StringValue(string Value) : PropertyValue;

public sealed record NumberValue(long Value) : PropertyValue;

/// <summary>A non-integer number, such as an alert's ratio threshold.</summary>
public sealed record DecimalValue(decimal Value) : PropertyValue;

public sealed record BoolValue(bool Value) : PropertyValue;

/// <summary>An output of another declared resource: `${resource.property}` in Pulumi YAML.</summary>
public sealed record ReferenceValue(string Resource, string? Property = null) : PropertyValue
{
    public string Expression => Property is null ? $"${{{Resource}}}" : $"${{{Resource}.{Property}}}";
}
