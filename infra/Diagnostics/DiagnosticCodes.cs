namespace Netra.Infra.Diagnostics;

/// <summary>
/// Stable codes, one per rule, so that scripts, tests and people can refer to a rule without quoting its text.
/// A code is never reused for another rule; docs/diagnostics.md lists them (DiagnosticCatalogueTests).
/// </summary>
public static class DiagnosticCodes
{
    // Structure of our own files.
    public const string UnknownKey = "NETRA001";
    public const string MissingKey = "NETRA002";
    public const string WrongType = "NETRA003";
    public const string UnreadableFile = "NETRA004";
    public const string UnknownReference = "NETRA005";
    public const string InferredFact = "NETRA006";
    public const string TooManyFindings = "NETRA007";
    public const string DuplicateName = "NETRA008";
    public const string LocationName = "NETRA009";

    // Stacks, profiles and stack configuration.
    public const string StackIsNotAnEnvironment = "NETRA100";
    public const string UnknownConfigKey = "NETRA101";
    public const string UnknownProfile = "NETRA102";
    public const string ProjectMismatch = "NETRA103";
    public const string Adoption = "NETRA104";
    public const string RunTimeRevision = "NETRA105";
    public const string StackSecretsConfiguration = "NETRA106";

    // The `pulumi` command that started the compile (read from its process): what it would run is not what it says.
    public const string ExportedEngineVariable = "NETRA107";
    public const string RefreshTurnedOff = "NETRA108";

    // Serverless VPC Access connectors.
    public const string ConnectorNamePattern = "NETRA200";
    public const string ConnectorNameLength = "NETRA201";
    public const string ConnectorNameConsoleRule = "NETRA202";
    public const string ConnectorMinInstances = "NETRA203";
    public const string ConnectorMaxInstances = "NETRA204";
    public const string ConnectorMinNotBelowMax = "NETRA205";
    public const string ConnectorMachineType = "NETRA206";
    public const string ConnectorThroughput = "NETRA207";
    public const string ConnectorRange = "NETRA208";
    public const string ConnectorRangeOverlap = "NETRA209";
    public const string ConnectorRegion = "NETRA210";
    public const string ConnectorShrinks = "NETRA211";
    public const string ConnectorOverloaded = "NETRA212";
    public const string CloudNat = "NETRA213";
    public const string DirectEgress = "NETRA214";

    // Cloud Run services.
    public const string RunCpu = "NETRA300";
    public const string RunMemory = "NETRA301";
    public const string RunCpuMemoryCombination = "NETRA302";
    public const string RunConcurrency = "NETRA303";
    public const string RunTimeout = "NETRA304";
    public const string RunInstances = "NETRA305";
    public const string RunProbe = "NETRA306";
    public const string RunTraffic = "NETRA307";
    public const string RunVpcAccess = "NETRA308";
    public const string RunEnvironment = "NETRA309";
    public const string RunNaming = "NETRA310";
    public const string RunEgressWithoutNat = "NETRA311";
    public const string RunEgressReason = "NETRA312";
    public const string RunCapacityWithoutReason = "NETRA313";
    public const string RunAccess = "NETRA314";
    public const string RunImage = "NETRA315";
    public const string FrontDoor = "NETRA316";

    // Cloud SQL for PostgreSQL.
    public const string SqlUnknownFlag = "NETRA400";
    public const string SqlFlagValue = "NETRA401";
    public const string SqlMaxConnectionsAboveDefault = "NETRA402";
    public const string SqlTier = "NETRA403";
    public const string SqlConnectionBudget = "NETRA404";
    public const string SqlInstance = "NETRA405";
    public const string SqlName = "NETRA406";

    // Secrets and access.
    public const string SecretSource = "NETRA500";
    public const string SecretLength = "NETRA501";
    public const string ServiceAccountId = "NETRA502";
    public const string SecretReplication = "NETRA503";
    public const string ServiceIdentity = "NETRA504";

    // Observability.
    public const string NotificationChannel = "NETRA600";
    public const string LogMetric = "NETRA601";
    public const string AlertShape = "NETRA602";
    public const string AlertFilter = "NETRA603";
    public const string AlertThreshold = "NETRA604";
    public const string AlertTiming = "NETRA605";
    public const string AlertText = "NETRA606";
    public const string AlertDetection = "NETRA607";
    public const string UptimeCheck = "NETRA608";
    public const string AlertNoise = "NETRA609";

    // Transitions between profiles (the runbook's steps).
    public const string TransitionProfile = "NETRA700";
    public const string TransitionLeavesDeletedConnector = "NETRA701";
    public const string TransitionReplacesConnector = "NETRA702";
    public const string ProfileWithoutWayBack = "NETRA703";
    public const string IncidentStepChange = "NETRA704";
    public const string ReliefOverBudget = "NETRA705";
    public const string SwitchConnectionBudget = "NETRA706";
    public const string TimingAllowance = "NETRA707";
    public const string OneTimeStep = "NETRA708";

    // The price table of the offline plan's cost.
    public const string PriceTable = "NETRA800";
}
