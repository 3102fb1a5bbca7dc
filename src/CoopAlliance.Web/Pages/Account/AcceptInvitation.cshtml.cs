using CoopAlliance.Application.Users;
using MediatR;
using Microsoft.AspNetCore.Mvc;

namespace CoopAlliance.Web.Pages.Account;

public sealed class AcceptInvitationModel(IMediator mediator) : AppPageModel(mediator)
{
    [BindProperty]
    public InvitationInput Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet(string? email, string? token)
    {
        Input.Email = email ?? "";
        Input.Token = token ?? "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var (ok, _) = await TrySendAsync(new AcceptInvitation(Input.Email, Input.Token, Input.Password, Input.ConfirmPassword));
        Done = ok;
        return Page();
    }

    public sealed class InvitationInput
    {
        public string Email { get; set; } = "";
        public string Token { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }
}
