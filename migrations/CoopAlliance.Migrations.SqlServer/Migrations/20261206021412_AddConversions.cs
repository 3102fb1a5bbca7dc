using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoopAlliance.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AddConversions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Conversions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    BusinessName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Region = table.Column<int>(type: "int", nullable: false),
                    Town = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OwnerEmail = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    OwnerPhone = table.Column<string>(type: "nvarchar(25)", maxLength: 25, nullable: true),
                    Reason = table.Column<int>(type: "int", nullable: false),
                    TargetSaleOn = table.Column<DateOnly>(type: "date", nullable: true),
                    TimelineNotes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    Valuation = table.Column<decimal>(type: "decimal(18,2)", precision: 18, scale: 2, nullable: true),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    StageChangedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false),
                    NotConvertedReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DevelopingCoopId = table.Column<int>(type: "int", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Conversions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Conversions_DevelopingCoops_DevelopingCoopId",
                        column: x => x.DevelopingCoopId,
                        principalTable: "DevelopingCoops",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ConversionNote",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConversionId = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<int>(type: "int", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionNote", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionNote_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionStageChange",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConversionId = table.Column<int>(type: "int", nullable: false),
                    From = table.Column<int>(type: "int", nullable: true),
                    To = table.Column<int>(type: "int", nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ByUserId = table.Column<int>(type: "int", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionStageChange", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionStageChange_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversionWorker",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ConversionId = table.Column<int>(type: "int", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    InterestedInOwnership = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversionWorker", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversionWorker_Conversions_ConversionId",
                        column: x => x.ConversionId,
                        principalTable: "Conversions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionNote_ConversionId_At",
                table: "ConversionNote",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_BusinessName",
                table: "Conversions",
                column: "BusinessName");

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_DevelopingCoopId",
                table: "Conversions",
                column: "DevelopingCoopId",
                unique: true,
                filter: "[DevelopingCoopId] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_Conversions_Stage",
                table: "Conversions",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_ConversionStageChange_ConversionId_At",
                table: "ConversionStageChange",
                columns: new[] { "ConversionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_ConversionWorker_ConversionId",
                table: "ConversionWorker",
                column: "ConversionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversionNote");

            migrationBuilder.DropTable(
                name: "ConversionStageChange");

            migrationBuilder.DropTable(
                name: "ConversionWorker");

            migrationBuilder.DropTable(
                name: "Conversions");
        }
    }
}
