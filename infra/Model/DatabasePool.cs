namespace Netra.Infra.Model;

/// <summary>
/// The application's per-instance SQLAlchemy pool, deployed as `DATABASE_POOL_SIZE` / `DATABASE_MAX_OVERFLOW`.
/// One instance can hold <see cref="PerInstance"/> database connections at most.
/// </summary>
public sealed record DatabasePool(int Size, int MaxOverflow)
{
    public int PerInstance => Size + MaxOverflow;
}
