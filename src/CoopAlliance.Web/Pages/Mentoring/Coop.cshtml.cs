using System.ComponentModel.DataAnnotations;
using CoopAlliance.Application.Audit;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Users;
using CoopAlliance.Domain.Mentoring;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Mentoring;

/// <summary>
/// A developing co-op for staff: profile, needs, mentor, its reps (and inviting one), stage changes, graduation,
/// checklist and timeline.
/// </summary>
public sealed class CoopModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public DevelopmentStage? NewStage { get; set; }
    [BindProperty] public string? Note { get; set; }
    [BindProperty] public bool Confirmed { get; set; }
    [BindProperty] public RepInvitation Invite { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int AuditPage { get; set; } = 1;

    public const int AuditPageSize = 20;

    public DevelopingCoopDetail Coop { get; private set; } = null!;
    /// <summary>The logins that represent the group.</summary>
    public IReadOnlyList<UserSummary> Reps { get; private set; } = [];
    /// <summary>The co-op's sessions, newest first, with the mentors' notes and next steps.</summary>
    public IReadOnlyList<SessionDto> Sessions { get; private set; } = [];
    /// <summary>Who changed what on this co-op's record, checklist, matches and sessions.</summary>
    public PagedList<AuditEntryDto> Audit { get; private set; } = new([], 0, 1, AuditPageSize);
    public IReadOnlyList<AuditEntryWords> AuditWords { get; private set; } = [];
    /// <summary>The rep waiting for the person to confirm removing them from the group.</summary>
    public UserSummary? ConfirmingRemoval { get; private set; }
    public bool ConfirmingGraduation { get; private set; }

    public async Task<IActionResult> OnGetAsync() => await LoadAsync() ? Page() : NotFound();

    public async Task<IActionResult> OnPostStageAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (NewStage is null)
        {
            ModelState.AddModelError(nameof(NewStage), "Choose a stage of the pipeline.");
            return Page();
        }

        var (ok, _) = await TrySendAsync(new ChangeStage(Id, NewStage.Value, Note), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Coop.Name} is now at the {NewStage.Value.Describe().ToLowerInvariant()} stage.");
        return RedirectToPage("/Mentoring/Coop", new { id = Id });
    }

    public async Task<IActionResult> OnPostGraduateAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ConfirmingGraduation = true;
            return Page();
        }

        var (ok, coopId) = await TrySendAsync(new GraduateDevelopingCoop(Id, Note), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Coop.Name} graduated: its membership application is now in the registry.");
        return RedirectToPage("/Coops/Details", new { id = coopId });
    }

    public async Task<IActionResult> OnPostTickAsync(int milestoneId, bool done)
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new TickMilestone(Id, milestoneId, done), "");
        if (!ok)
        {
            return Page();
        }

        Flash(done ? "The milestone is done." : "The milestone is open again.");
        return RedirectToPage("/Mentoring/Coop", null, new { id = Id }, "milestones");
    }

    /// <summary>Invites a rep of this group: a login without a password, linked to the group, and an email with the link.</summary>
    public async Task<IActionResult> OnPostInviteRepAsync()
    {
        if (!await LoadAsync())
        {
            return NotFound();
        }

        var (ok, _) = await TrySendAsync(new InviteUser(Invite.Email ?? "", Invite.FullName ?? "", Roles.CoopRep, null, Id), "Invite");
        if (!ok)
        {
            return Page();
        }

        Flash($"{Invite.FullName?.Trim()} is invited as a rep of {Coop.Name}; an email with a link to choose a password is on its way to {Invite.Email?.Trim()}.");
        return RedirectToPage("/Mentoring/Coop", null, new { id = Id }, "reps");
    }

    /// <summary>Takes a rep off the group, after confirming; their login stays (staff disable it on the logins page).</summary>
    public async Task<IActionResult> OnPostRemoveRepAsync(int userId)
    {
        if (!await LoadAsync() || Reps.FirstOrDefault(r => r.Id == userId) is not { } rep)
        {
            return NotFound();
        }

        if (!Confirmed)
        {
            ConfirmingRemoval = rep;
            return Page();
        }

        var (ok, _) = await TrySendAsync(new SetDevelopingCoopReps(Id, Coop.RepUserIds.Where(id => id != userId).ToList()), "");
        if (!ok)
        {
            return Page();
        }

        Flash($"{rep.FullName} no longer represents {Coop.Name}. Their login stays; disable it on the logins page if they should not sign in at all.");
        return RedirectToPage("/Mentoring/Coop", null, new { id = Id }, "reps");
    }

    private async Task<bool> LoadAsync()
    {
        var coop = await FindAsync(new GetDevelopingCoop(Id));
        if (coop is null)
        {
            return false;
        }

        Coop = coop;
        Reps = await Mediator.Send(new ListDevelopingCoopReps(Id), HttpContext.RequestAborted);
        Sessions = await Mediator.Send(new ListSessions(Id), HttpContext.RequestAborted);
        Audit = await Mediator.Send(new ListDevelopingCoopAudit(Id, Math.Max(1, AuditPage), AuditPageSize), HttpContext.RequestAborted);
        AuditWords = await Mediator.Send(new DescribeAuditEntries(Audit.Items), HttpContext.RequestAborted);
        return true;
    }

    public sealed class RepInvitation
    {
        [Display(Name = "Email")] public string? Email { get; set; }
        [Display(Name = "Name")] public string? FullName { get; set; }
    }
}
