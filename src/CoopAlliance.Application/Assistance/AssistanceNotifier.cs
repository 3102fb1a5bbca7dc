using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Common.Words;
using CoopAlliance.Application.Texts;
using CoopAlliance.Domain.Assistance;
using CoopAlliance.Domain.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace CoopAlliance.Application.Assistance;

/// <summary>
/// Puts assistance emails in the outbox (same transaction as the change). Each message is written for one
/// audience from the fields that audience may see: nothing here ever reads an internal comment.
/// </summary>
public sealed class AssistanceNotifier(IAppDbContext db, IIdentityService identity, TimeProvider clock,
    IOptions<AppOptions> app, IOptions<AssistanceOptions> options, IStringLocalizer<AssistanceTexts> texts)
{
    private IReadOnlyList<UserSummary>? _users;

    /// <summary>The request's page for staff (and staff providers).</summary>
    public string Link(int requestId) => $"{app.Value.PublicBaseUrl.TrimEnd('/')}/Assistance/Requests/{requestId}";

    /// <summary>The request's page for the co-op's reps (the staff page is not theirs to open).</summary>
    public string CoopLink(int requestId) => $"{app.Value.PublicBaseUrl.TrimEnd('/')}/MyCoop/Assistance/{requestId}";

    public string AllianceName => app.Value.AllianceName;

    public async Task<IReadOnlyList<string>> StaffAddressesAsync(CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.StaffNotificationEmail))
        {
            return [options.Value.StaffNotificationEmail.Trim()];
        }

        return (await UsersAsync(ct)).Where(u => u.Roles.Contains(Roles.Staff) && !u.IsDisabled).Select(u => u.Email).ToList();
    }

    public async Task<IReadOnlyList<string>> CoopAddressesAsync(int coopId, CancellationToken ct) =>
        (await UsersAsync(ct)).Where(u => u.Roles.Contains(Roles.CoopRep) && u.CooperativeId == coopId && !u.IsDisabled)
        .Select(u => u.Email).ToList();

    public async Task<string?> ProviderAddressAsync(Provider provider, CancellationToken ct)
    {
        if (provider.Kind == ProviderKind.External)
        {
            return provider.Email;
        }

        return provider.UserId is { } userId ? (await identity.FindAsync(userId, ct))?.Email ?? provider.Email : provider.Email;
    }

    public void Send(IEnumerable<string?> to, string subject, string body)
    {
        foreach (var address in to.Where(a => !string.IsNullOrWhiteSpace(a)).Select(a => a!.Trim()).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            db.OutboxMessages.Add(new OutboxMessage(address, subject, body, clock.GetUtcNow()));
        }
    }

    /// <summary>
    /// Writes to the co-op's reps in the co-op's preferred language: <paramref name="compose"/> gets the texts
    /// (Resources/Texts/AssistanceTexts) and returns the subject and the body, composed in that language.
    /// </summary>
    public async Task ToCoopAsync(int coopId, Func<IStringLocalizer<AssistanceTexts>, (string Subject, string Body)> compose, CancellationToken ct)
    {
        var language = await db.Cooperatives.Where(c => c.Id == coopId).Select(c => c.PreferredLanguage).FirstOrDefaultAsync(ct);
        var to = await CoopAddressesAsync(coopId, ct);
        using (AppCulture.Use(language))
        {
            var (subject, body) = compose(texts);
            Send(to, subject, body);
        }
    }

    /// <summary>"In solidarity, {alliance}": how every email to a co-op ends, in the language being written.</summary>
    public string SignOff(IStringLocalizer<AssistanceTexts> t) => $"{t["In solidarity,"]}\n{AllianceName}";

    public async Task ToStaffAsync(string subject, string body, CancellationToken ct) =>
        Send(await StaffAddressesAsync(ct), subject, body);

    private async Task<IReadOnlyList<UserSummary>> UsersAsync(CancellationToken ct) => _users ??= await identity.ListAsync(null, ct);
}
