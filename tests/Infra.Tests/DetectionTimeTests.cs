using FluentAssertions;
using Netra.Infra.Config;
using Netra.Infra.Diagnostics;
using Netra.Infra.Limits;
using Netra.Infra.Model;
using Netra.Infra.Observability;
using Netra.Infra.Tests.Support;
using Netra.Infra.Validation;
using Xunit;

namespace Netra.Infra.Tests;

/// <summary>
/// The worst case from onset to notification, as a figure per alert: its terms from the alert's own numbers and its
/// metric's sampling period and ingestion delay; and the load-time rule that holds a CRITICAL alert to its step's budget.
/// </summary>
public class DetectionTimeTests
{
    private static EnvironmentSpec Staging() => Programs.StagingEnvironment();

    [Theory]
    // Uptime checks: a check every 60 s, its 10 s timeout, a minute's duration, results visible ~120 s later.
    [InlineData("front-door-uptime", 250)]
    // Gauges: the window holds only post-onset readings once it has passed (60 s), then the duration and the delay.
    [InlineData("connector-saturation-critical", 60 + 120 + 240)]
    [InlineData("database-up", 60 + 180 + 165)]
    [InlineData("database-cpu", 300 + 300 + 165)]
    // Deltas: the first point wholly after the onset closes up to a period later, then the window fills.
    [InlineData("lb-5xx-ratio", 60 + 300 + 210)]
    [InlineData("latency-p95", 60 + 60 + 300 + 120)]
    // Log-based metrics: "up to 10 minutes" before Cloud Monitoring sees them.
    [InlineData("unavailable-ratio", 60 + 300 + 600)]
    // PromQL: the query's longest range is its window.
    [InlineData("several-revisions-serving", 60 + 300 + 1560 + 120)]
    // Generated: an instant reading of the instances, then the delay.
    [InlineData("connector-at-max-instances", 60 + 240)]
    [InlineData("connector-throughput", 60 + 60 + 300 + 240)]
    public void Each_alert_detects_within_the_sum_of_its_terms(string alert, int seconds)
    {
        DetectionTime.Of(Staging().Observability.Alerts[alert], Staging()).Seconds.Should().Be(seconds);
    }

    [Fact]
    public void Each_term_names_its_source_and_unquoted_figures_name_the_command_that_shows_them()
    {
        var detection = DetectionTime.Of(Staging().Observability.Alerts["front-door-uptime"], Staging());

        detection.Parts.Select(p => p.What).Should().Equal("sampling (a check every 60 s)", "check timeout", "duration", "ingestion");
        detection.Parts.Should().OnlyContain(p => p.Source.Length > 0);
        detection.Text.Should().StartWith("up to 250 s (monitoring.googleapis.com/uptime_check/check_passed): sampling (a check every 60 s) 60 s + check timeout 10 s + duration 60 s + ingestion 120 s");
        detection.Unconfirmed.Should().ContainSingle().Which.Confirm
            .Should().Be("curl -s -H \"Authorization: Bearer $(gcloud auth print-access-token)\" https://monitoring.googleapis.com/v3/projects/netra-staging/metricDescriptors/monitoring.googleapis.com/uptime_check/check_passed");
    }

    [Fact]
    public void A_log_match_alert_has_no_bound_and_says_why()
    {
        var detection = DetectionTime.Of(Staging().Observability.Alerts["revision-not-ready"], Staging());

        detection.Seconds.Should().BeNull();
        detection.NoBound.Should().Contain("Google documents no bound for log-based alerting");
    }

    [Fact]
    public void A_log_based_metric_s_delay_is_read_on_google_s_own_page_and_every_alert_s_metric_has_a_source()
    {
        MetricTimings.Of("logging.googleapis.com/user/netra-connector-errors")!.ReadOnGooglePage.Should().BeTrue();
        foreach (var alert in Staging().Observability.Alerts.Values.Where(a => a.Condition != AlertCondition.LogMatch))
        {
            DetectionTime.MetricsOf(alert).Should().NotBeEmpty(alert.Name).And.OnlyContain(m => MetricTimings.Of(m) != null, alert.Name);
        }
    }

    [Theory]
    [InlineData("connector-saturation-critical")]
    [InlineData("lb-5xx-ratio")]
    [InlineData("unavailable-ratio")]
    [InlineData("database-up")]
    public void The_outage_s_other_signals_arrive_too_late_to_page_within_the_runbook_s_five_minutes(string alert)
    {
        var staging = Staging();

        staging.Observability.Alerts.Values.Where(a => a.Severity == "CRITICAL").Select(a => a.Name).Should().Equal("front-door-uptime");
        DetectionTime.Of(staging.Observability.Alerts[alert], staging).Seconds.Should().BeGreaterThan(300, "its metric is visible too late, so it emails and the uptime checks page");
    }

    [Fact]
    public void A_critical_alert_slower_than_its_step_s_budget_is_refused_with_what_to_change()
    {
        var staging = Staging();
        var alerts = new Dictionary<string, AlertSpec>(staging.Observability.Alerts)
        {
            ["connector-saturation-critical"] = staging.Observability.Alerts["connector-saturation-critical"] with { Severity = "CRITICAL" },
        };

        var errors = Errors(staging with { Observability = staging.Observability with { Alerts = alerts } });

        errors.Should().ContainSingle().Which.Should().Be(
            "stacks/staging.yaml: error NETRA607: observability.alerts.connector-saturation-critical.severity: CRITICAL, but it detects up to 420 s (vpcaccess.googleapis.com/connector/cpu/utilizations): sampling (a point every 60 s) 60 s + duration 120 s + ingestion 240 s, later than 300 s, the relief budget of its step normal → emergency (transitions[0].reliefBudgetSeconds): 120 s too late; shorten durationSeconds (120), alert on a metric with a shorter ingestion delay (an uptime check of the host sees the same outage sooner), or make it ERROR, which emails");
    }

    [Fact]
    public void A_critical_alert_without_a_step_is_held_to_the_runbook_s_shortest_budget()
    {
        var staging = Staging();
        var uptime = staging.Observability.Alerts["front-door-uptime"] with { Step = null, DurationSeconds = 120 };

        AlertBudget.For(uptime, staging)!.Source.Should().Be("the shortest relief budget of the runbook, normal → emergency's (transitions[0].reliefBudgetSeconds), as its step has none");
        DetectionTime.Of(uptime, staging).Seconds.Should().Be(310);
        var alerts = new Dictionary<string, AlertSpec>(staging.Observability.Alerts) { ["front-door-uptime"] = uptime };
        Errors(staging with { Observability = staging.Observability with { Alerts = alerts } }).Should().ContainSingle().Which.Should().Contain("NETRA607").And.Contain("10 s too late");
    }

    [Fact]
    public void The_runbook_shows_each_alert_s_detection_time_and_its_step_s_command()
    {
        var markdown = CliRun.Invoke(["runbook", "--stack", "staging"]).Stdout;
        var text = CliRun.Invoke(["runbook", "--stack", "staging", "--format", "text"]).Stdout;

        markdown.Should().Contain("| A front door host fails from two or more regions (`front-door-uptime`) | CRITICAL | 4 min 10 s | Users cannot reach a host")
            .And.Contain("Step: `bin/netra-infra switch --stack staging --to emergency`. |")
            .And.Contain("| A Cloud Run revision failed to become ready (`revision-not-ready`) | ERROR | no bound |");
        text.Should().Contain("[CRITICAL, detects within 4 min 10 s]: Users cannot reach a host");
    }

    internal static IReadOnlyList<string> Errors(EnvironmentSpec environment)
    {
        var diagnostics = new DiagnosticBag();
        EnvironmentValidator.Validate(new LoadedEnvironment(environment, new HashSet<string>()), diagnostics);
        return diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()).ToList();
    }
}
