using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddLoanFund : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FundContributions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    Source = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NoteTerms = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundContributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoanApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CooperativeId = table.Column<int>(type: "int", nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "int", nullable: true),
                    ApplicantName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    TermMonths = table.Column<int>(type: "int", nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    Checklist = table.Column<int>(type: "int", nullable: false),
                    SubmittedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    ReviewedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    DecisionReasons = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    DecidedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    VotesFor = table.Column<int>(type: "int", nullable: false),
                    VotesAgainst = table.Column<int>(type: "int", nullable: false),
                    VotesAbstaining = table.Column<int>(type: "int", nullable: false),
                    ApprovedPrincipal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    ApprovedRatePercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: true),
                    ApprovedAmortizingMonths = table.Column<int>(type: "int", nullable: true),
                    ApprovedGraceMonths = table.Column<int>(type: "int", nullable: true),
                    ApprovedInterestOnlyMonths = table.Column<int>(type: "int", nullable: true),
                    ApprovedFirstDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanApplications", x => x.Id);
                    table.CheckConstraint("CK_LoanApplications_OneApplicant", "(CooperativeId IS NULL AND DevelopingCoopId IS NOT NULL) OR (CooperativeId IS NOT NULL AND DevelopingCoopId IS NULL)");
                    table.ForeignKey(
                        name: "FK_LoanApplications_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_LoanApplications_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CommitteeVote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanApplicationId = table.Column<int>(type: "int", nullable: false),
                    UserId = table.Column<int>(type: "int", nullable: true),
                    MemberName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Choice = table.Column<int>(type: "int", nullable: true),
                    ConflictOfInterest = table.Column<bool>(type: "bit", nullable: false),
                    ConflictNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CommitteeVote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CommitteeVote_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanAttachment",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanApplicationId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<int>(type: "int", nullable: false),
                    FileName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    UploadedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanAttachment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanAttachment_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanReferral",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanApplicationId = table.Column<int>(type: "int", nullable: false),
                    Lender = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ReferredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReferredBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Outcome = table.Column<int>(type: "int", nullable: false),
                    OutcomeNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanReferral", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanReferral_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Loans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanApplicationId = table.Column<int>(type: "int", nullable: false),
                    CooperativeId = table.Column<int>(type: "int", nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "int", nullable: true),
                    BorrowerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Principal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    DisbursedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DisbursedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    WrittenOffOn = table.Column<DateOnly>(type: "date", nullable: true),
                    WrittenOffPrincipal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    WriteOffReason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    WrittenOffBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Loans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Loans_Cooperatives_CooperativeId",
                        column: x => x.CooperativeId,
                        principalTable: "Cooperatives",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Loans_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Loans_LoanApplications_LoanApplicationId",
                        column: x => x.LoanApplicationId,
                        principalTable: "LoanApplications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LoanAttachmentContents",
                columns: table => new
                {
                    LoanAttachmentId = table.Column<int>(type: "int", nullable: false),
                    Data = table.Column<byte[]>(type: "varbinary(max)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanAttachmentContents", x => x.LoanAttachmentId);
                    table.ForeignKey(
                        name: "FK_LoanAttachmentContents_LoanAttachment_LoanAttachmentId",
                        column: x => x.LoanAttachmentId,
                        principalTable: "LoanAttachment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanArrearsReminders",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanId = table.Column<int>(type: "int", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Arrears = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanArrearsReminders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanArrearsReminders_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanPayments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanId = table.Column<int>(type: "int", nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanPayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanPayments_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LoanTermsChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    LoanId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: false),
                    Principal = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: false),
                    AnnualRatePercent = table.Column<decimal>(type: "decimal(9,4)", precision: 9, scale: 4, nullable: false),
                    AmortizingMonths = table.Column<int>(type: "int", nullable: false),
                    GraceMonths = table.Column<int>(type: "int", nullable: false),
                    InterestOnlyMonths = table.Column<int>(type: "int", nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoanTermsChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LoanTermsChange_Loans_LoanId",
                        column: x => x.LoanId,
                        principalTable: "Loans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CommitteeVote_LoanApplicationId_UserId",
                table: "CommitteeVote",
                columns: new[] { "LoanApplicationId", "UserId" },
                unique: true,
                filter: "[UserId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_FundContributions_ReceivedOn",
                table: "FundContributions",
                column: "ReceivedOn");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_CooperativeId",
                table: "LoanApplications",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_DevelopingCoopId",
                table: "LoanApplications",
                column: "DevelopingCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanApplications_Status_SubmittedAt",
                table: "LoanApplications",
                columns: new[] { "Status", "SubmittedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanArrearsReminders_LoanId_DueOn",
                table: "LoanArrearsReminders",
                columns: new[] { "LoanId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanAttachment_LoanApplicationId",
                table: "LoanAttachment",
                column: "LoanApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_LoanPayments_LoanId_ReceivedOn",
                table: "LoanPayments",
                columns: new[] { "LoanId", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LoanReferral_LoanApplicationId",
                table: "LoanReferral",
                column: "LoanApplicationId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_CooperativeId",
                table: "Loans",
                column: "CooperativeId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_DevelopingCoopId",
                table: "Loans",
                column: "DevelopingCoopId");

            migrationBuilder.CreateIndex(
                name: "IX_Loans_LoanApplicationId",
                table: "Loans",
                column: "LoanApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LoanTermsChange_LoanId_From",
                table: "LoanTermsChange",
                columns: new[] { "LoanId", "From" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CommitteeVote");

            migrationBuilder.DropTable(
                name: "FundContributions");

            migrationBuilder.DropTable(
                name: "LoanArrearsReminders");

            migrationBuilder.DropTable(
                name: "LoanAttachmentContents");

            migrationBuilder.DropTable(
                name: "LoanPayments");

            migrationBuilder.DropTable(
                name: "LoanReferral");

            migrationBuilder.DropTable(
                name: "LoanTermsChange");

            migrationBuilder.DropTable(
                name: "LoanAttachment");

            migrationBuilder.DropTable(
                name: "Loans");

            migrationBuilder.DropTable(
                name: "LoanApplications");
        }
    }
}
