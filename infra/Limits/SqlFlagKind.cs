namespace Netra.Infra.Limits;

public enum SqlFlagKind
{
    Integer,
    Float,
    OnOff,
}
