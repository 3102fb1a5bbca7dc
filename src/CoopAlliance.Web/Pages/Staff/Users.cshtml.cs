using CoopAlliance.Application.Common.Interfaces;
using CoopAlliance.Application.Common.Security;
using CoopAlliance.Application.Cooperatives;
using CoopAlliance.Application.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace CoopAlliance.Web.Pages.Staff;

/// <summary>Logins: find, invite, disable and enable (who may do what is the application's rule).</summary>
public sealed class UsersModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }
    [BindProperty] public InviteInput Invite { get; set; } = new();

    public IReadOnlyList<UserSummary> Users { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Coops { get; private set; } = [];
    /// <summary>The login waiting for the person to confirm disabling or enabling it.</summary>
    public UserSummary? Confirming { get; private set; }
    public bool ConfirmingDisable { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostInviteAsync()
    {
        var (ok, _) = await TrySendAsync(new InviteUser(Invite.Email ?? "", Invite.FullName ?? "", Invite.Role ?? "",
            Invite.Role == Roles.CoopRep ? Invite.CooperativeId : null), "Invite");
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
            Confirming = Users.FirstOrDefault(u => u.Id == userId);
            ConfirmingDisable = disable;
            return Confirming is null ? NotFound() : Page();
        }

        var (ok, _) = await TrySendAsync(new SetUserDisabled(userId, disable), "");
        if (!ok)
        {
            await LoadAsync();
            return Page();
        }

        var user = (await Mediator.Send(new ListUsers(null), HttpContext.RequestAborted)).FirstOrDefault(u => u.Id == userId);
        Flash(disable ? $"{user?.FullName}'s login is disabled; they can no longer sign in." : $"{user?.FullName}'s login is enabled again.");
        return RedirectToPage("/Staff/Users", new { q = Q });
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

    private async Task LoadAsync()
    {
        Users = await Mediator.Send(new ListUsers(Q), HttpContext.RequestAborted);
        var coops = await Mediator.Send(new ListCoops { PageSize = 200 }, HttpContext.RequestAborted);
        Coops = coops.Items.Select(c => new SelectListItem(c.LegalName, c.Id.ToString())).ToList();
    }

    public sealed class InviteInput
    {
        public string? Email { get; set; }
        public string? FullName { get; set; }
        public string? Role { get; set; } = Roles.CoopRep;
        public int? CooperativeId { get; set; }
    }
}
