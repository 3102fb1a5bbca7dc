using CoopAlliance.Application.Assistance;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Common;
using Microsoft.EntityFrameworkCore;
using ValidationException = CoopAlliance.Application.Common.Exceptions.ValidationException;

namespace CoopAlliance.Application.Tests.Assistance;

/// <summary>The request page's one form: triage and assignment are saved together, or not at all.</summary>
public sealed class TriageAndAssignTests : AssistanceTestBase
{
    private static TriageAssistance Triage(int id) => new() { Id = id, Priority = Priority.High, Category = AssistanceCategory.GovernanceAndFacilitation, Note = "Board meets Friday" };

    private static Task<int> EmailsToProviderAsync() => WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.To == ProviderEmail));

    [Test]
    public async Task TriageAndAssignmentAreOneStepAndTheProviderIsEmailed()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        var id = await SubmitAsRepAsync(coopId);

        await SendAsync(new TriageAndAssignAssistance(Triage(id), new AssignAssistance(id, provider.Id, "Dana knows their bylaws")));

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That(detail.Status, Is.EqualTo(AssistanceStatus.Assigned));
        Assert.That(detail.Timeline.Select(e => e.Kind), Is.EqualTo(new[] { AssistanceEventKind.Submitted, AssistanceEventKind.Triaged, AssistanceEventKind.Assigned }));
        Assert.That((detail.Priority, detail.ProviderName), Is.EqualTo((Priority.High, "Dana Lawyer")));
        Assert.That(await EmailsToProviderAsync(), Is.EqualTo(1));
    }

    [Test]
    public async Task WithoutAProviderItOnlyTriages()
    {
        var id = await SubmitAsRepAsync(await AddActiveCoopAsync());

        await SendAsync(new TriageAndAssignAssistance(Triage(id), null));

        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That((detail.Status, detail.ProviderName), Is.EqualTo((AssistanceStatus.Triaged, (string?)null)));
    }

    [Test]
    public async Task ARefusedAssignmentUndoesTheTriageToo()
    {
        var coopId = await AddActiveCoopAsync();
        var provider = await AddProviderAsync();
        await SendAsync(new SaveProvider
        {
            Id = provider.Id,
            Kind = ProviderKind.External,
            Name = provider.Name,
            Organization = provider.Organization,
            Email = ProviderEmail,
            HourlyRate = provider.HourlyRate,
            Billing = provider.Billing,
            IsActive = false,
        });
        var id = await SubmitAsRepAsync(coopId);

        var refused = Assert.ThrowsAsync<DomainRuleException>(() => SendAsync(new TriageAndAssignAssistance(Triage(id), new AssignAssistance(id, provider.Id, null))));

        Assert.That(refused!.Message, Does.Contain("no longer on the roster"));
        var detail = await SendAsync(new GetAssistanceRequest(id));
        Assert.That((detail.Status, detail.Priority), Is.EqualTo((AssistanceStatus.Submitted, Priority.Normal)), "the triage was not kept");
        Assert.That(detail.Timeline.Select(e => e.Kind), Is.EqualTo(new[] { AssistanceEventKind.Submitted }));
        Assert.That(await EmailsToProviderAsync(), Is.Zero);
    }

    [Test]
    public async Task TheFieldsErrorsAreNamedAsTheFormsFields()
    {
        var id = await SubmitAsRepAsync(await AddActiveCoopAsync());

        var invalid = Assert.ThrowsAsync<ValidationException>(() => SendAsync(new TriageAndAssignAssistance(
            Triage(id) with { EstimatedHours = -1 }, new AssignAssistance(id, 999_999, null))));

        Assert.That(invalid!.Errors.Keys, Is.SupersetOf(new[] { "Triage.EstimatedHours", "Assign.ProviderId" }));
        Assert.That((await SendAsync(new GetAssistanceRequest(id))).Status, Is.EqualTo(AssistanceStatus.Submitted));
    }
}
