namespace Netra.Infra.Limits;

/// <summary>One Cloud SQL for PostgreSQL flag we allow, with its range, unit and whether changing it restarts.</summary>
public sealed record SqlFlag(string Name, SqlFlagKind Kind, decimal Min, decimal Max, string Unit, bool RequiresRestart)
{
    public string RangeText => Kind switch
    {
        SqlFlagKind.OnOff => "on or off",
        SqlFlagKind.Float => $"{Min}..{Max}",
        _ => $"{Min:0}..{Max:0}" + (Unit.Length == 0 ? "" : $" ({Unit})"),
    };
}
