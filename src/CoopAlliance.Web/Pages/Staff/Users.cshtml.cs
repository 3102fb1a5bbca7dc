using System.Security.Claims;
using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Models;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Mentoring;
using CoopAlliance.Application.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Staff;

/// <summary>Logins: find, invite, disable and enable (who may do what is the application's rule).</summary>
public sealed class UsersModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    // Not "page": Razor Pages keeps the page's own path under that route value, and Url.Page would overwrite it.
    [BindProperty(SupportsGet = true)] public int PageNumber { get; set; } = 1;
    [BindProperty] public InviteInput Invite { get; set; } = new();

    public PagedList<UserSummary> Users { get; private set; } = new([], 0, 1, Paging.DefaultPageSize);
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];
    /// <summary>Start-up groups and conversions still in the pipeline: their reps are invited here too.</summary>
    public IReadOnlyList<SelectListItem> DevelopingCoops { get; private set; } = [];
    /// <summary>The login waiting for the person to confirm disabling or enabling it.</summary>
    public UserSummary? Confirming { get; private set; }
    public bool ConfirmingDisable { get; private set; }
    public string? CurrentUserId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var (ok, _) = await TrySendAsync(new InviteUser(Invite.Email ?? "", Invite.FullName ?? "", Invite.Role ?? "",
            Invite.Role == Roles.CoopRep ? Invite.CooperativeId : null, Invite.Role == Roles.CoopRep ? Invite.DevelopingCoopId : null), "Invite");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        Flash($"{Invite.FullName} is invited; an email with a link to choose a password is on its way to {Invite.Email}.");
        return RedirectToPage("/Staff/Users");
    }

    public async Task<IActionResult> OnPostSetDisabledAsync(int userId, bool disable, bool confirmed)
    {
        if (!confirmed)
        {
            await LoadAsync();
            // The login may be on another page than the one listed (or filtered out): look it up among all.
            Confirming = await FindUserAsync(userId);
            ConfirmingDisable = disable;
            return Confirming is null ? NotFound() : Page();
        }

        var (ok, _) = await TrySendAsync(new SetUserDisabled(userId, disable), "");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        var user = await FindUserAsync(userId);
        Flash(disable ? $"{user?.FullName}'s login is disabled; they can no longer sign in." : $"{user?.FullName}'s login is enabled again.");
        return Redirect(ListUrl());
    }

    public IEnumerable<SelectListItem> RoleChoices()
    {
        yield return new SelectListItem("Co-op rep", Roles.CoopRep);
        yield return new SelectListItem("Mentor", Roles.Mentor);
        if (User.IsInRole(Roles.Admin))
        {
            yield return new SelectListItem("Staff", Roles.Staff);
        }
    }

    public static string RoleWords(IReadOnlyList<string> roles) => string.Join(", ", roles.Select(r => r switch
    {
        Roles.CoopRep => "Co-op rep",
        _ => r,
    }));

    /// <summary>This list's address with the same search, on the given page (the current one unless told).</summary>
    public string ListUrl(int? page = null, string? handler = null)
    {
        var pageNumber = page ?? PageNumber;
        return Url.Page("/Staff/Users", handler, new
        {
            q = string.IsNullOrWhiteSpace(Q) ? null : Q,
            pageNumber = pageNumber <= 1 ? (int?)null : pageNumber,
        })!;
    }

    private async Task<UserSummary?> FindUserAsync(int userId) =>
        (await Mediator.Send(new ListUsers(null), HttpContext.RequestAborted)).FirstOrDefault(u => u.Id == userId);

    private async Task LoadAsync()
    {
        Users = await Mediator.Send(new ListUsersPage(Q, Math.Max(1, PageNumber)), HttpContext.RequestAborted);
        var coops = await Mediator.Send(new ListCoops { PageSize = 200 }, HttpContext.RequestAborted);
        Coops = coops.Items.Select(c => new SelectListItem(c.LegalName, c.Id.ToString())).ToList();
        var developing = await Mediator.Send(new ListDevelopingCoops { PageSize = Paging.MaxPageSize }, HttpContext.RequestAborted);
        DevelopingCoops = developing.Items.OrderBy(c => c.Name).Select(c => new SelectListItem(c.Name, c.Id.ToString())).ToList();
    }

    [ValidatedAs(typeof(InviteUser))]
    public sealed class InviteInput
    {
        public string? Email { get; set; }
        public string? FullName { get; set; }
        public string? Role { get; set; } = Roles.CoopRep;
        public int? CooperativeId { get; set; }
        public int? DevelopingCoopId { get; set; }
    }
}
