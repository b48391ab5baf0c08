using System.Text.Json;

namespace Netra.Infra.Limits;

/// <summary>
/// What one key of the environment file may hold, with where that comes from. The same object is handed to the
/// reader (which records it in the schema and names it when a value has the wrong kind) and to the rule that checks
/// the value, so the key reference, the JSON Schema editors use and the error that refuses a value cannot disagree.
/// </summary>
public interface IKeyLimit
{
    /// <summary>The allowed values as our errors and the key reference print them: `1..100`, `one of A, B`.</summary>
    string Allowed { get; }

    /// <summary>Where the limit comes from: a Google page, the provider's schema, or the decision that set it.</summary>
    string Source { get; }

    /// <summary>Adds the limit's keywords (minimum, maximum, enum) to a JSON Schema property.</summary>
    void WriteSchema(Utf8JsonWriter json);
}
