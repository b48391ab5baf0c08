using Netra.Infra.Resources;

namespace Netra.Infra.Components;

/// <summary>
/// A generated value (random provider): created once, kept in the stack's state, encrypted there as a secret.
/// Letters and digits only, so the value is safe inside a connection URL and an env var.
/// </summary>
public static class RandomValueComponent
{
    public const string Type = "random:index:RandomPassword";

    public static ResourceDeclaration Declare(string logicalName, int length, ReferenceValue provider) => new(
        logicalName,
        Type,
        new MapValue
        {
            { "length", length },
            { "special", false },
        },
        new ResourceOptions { Provider = provider },
        []);

    public static ReferenceValue Result(string logicalName) => new(logicalName, "result");
}
