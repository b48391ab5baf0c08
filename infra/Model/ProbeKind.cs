namespace Netra.Infra.Model;

public enum ProbeKind
{
    HttpGet,
    TcpSocket,
}
